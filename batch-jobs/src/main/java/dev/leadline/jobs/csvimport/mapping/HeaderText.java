package dev.leadline.jobs.csvimport.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises a column header for comparison: lower case, accents and punctuation removed,
 * words separated by single spaces ({@code "Téléphone_Mobile"} becomes
 * {@code "telephone mobile"}). Letters and digits of every script are kept (Chinese,
 * Japanese, Korean, Cyrillic and Greek headers are names too), and compatibility forms
 * are folded ({@code "Ｅメール"} is {@code "eメール"} with its voicing marks removed).
 */
final class HeaderText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+", Pattern.UNICODE_CHARACTER_CLASS);

	private HeaderText() {
	}

	static String normalise(String header) {
		if (header == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(header.replace("ß", "ss"), Normalizer.Form.NFKD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(unmarked).replaceAll(" ").strip();
	}

}
