package dev.leadline.jobs.enrichment.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a job title to the form the title rules match on: lower case, accents and
 * German umlaut spellings folded ({@code Geschäftsführer} and {@code Geschaeftsfuehrer}
 * both become {@code geschaftsfuhrer}), {@code &} as {@code and}, every other
 * non-alphanumeric character a word break, padded with one space on each side so a term
 * matches at word boundaries with a plain {@code indexOf}.
 */
final class TitleText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern UMLAUT_SPELLING = Pattern.compile("(?<=[a-z])([aou])e");

	private TitleText() {
	}

	static String normalise(String title) {
		String text = title.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("&", " and ");
		text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (word) {
				out.append(c);
			}
			else if (out.charAt(out.length() - 1) != ' ') {
				out.append(' ');
			}
		}
		if (out.charAt(out.length() - 1) != ' ') {
			out.append(' ');
		}
		return UMLAUT_SPELLING.matcher(out).replaceAll("$1");
	}

}
