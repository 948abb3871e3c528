package dev.leadline.jobs.contactdata;

import java.util.Locale;
import java.util.Set;

/**
 * Splits a full name into first and last name: {@code "Ludwig van Beethoven"} gives
 * {@code "Ludwig"} and {@code "van Beethoven"}, {@code "Curie, Marie"} gives
 * {@code "Marie"} and {@code "Curie"}; honorifics and post-nominals ({@code "Dr."},
 * {@code "PhD"}) are dropped.
 */
public final class PersonNames {

	private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di", "da",
			"dos", "das", "du", "la", "le", "ter", "ten", "st", "st.", "bin", "al", "el", "y", "zu", "af", "av");

	private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
			"herr", "frau", "m", "mme", "mlle", "sr", "sra", "srta", "dott", "ing");

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq");

	public record Split(String first, String last) {
	}

	private PersonNames() {
	}

	public static Split split(String fullName) {
		String name = fullName.strip().replaceAll("\\s+", " ");
		int comma = name.indexOf(',');
		if (comma > 0 && name.indexOf(',', comma + 1) < 0 && !isSuffix(name.substring(comma + 1))) {
			String first = name.substring(comma + 1).strip();
			String last = name.substring(0, comma).strip();
			// "Beethoven, Ludwig van": the particle belongs to the last name.
			int space;
			while ((space = first.lastIndexOf(' ')) > 0
					&& PARTICLES.contains(first.substring(space + 1).toLowerCase(Locale.ROOT))) {
				last = first.substring(space + 1) + " " + last;
				first = first.substring(0, space).strip();
			}
			return new Split(emptyToNull(first), emptyToNull(last));
		}
		String[] words = name.replace(",", " ").strip().split("\\s+");
		int start = 0;
		int end = words.length;
		while (start < end - 1 && HONORIFICS.contains(key(words[start]))) {
			start++;
		}
		while (end > start + 1 && SUFFIXES.contains(key(words[end - 1]))) {
			end--;
		}
		if (end - start == 1) {
			return new Split(emptyToNull(words[start]), null);
		}
		int lastStart = end - 1;
		while (lastStart > start + 1 && PARTICLES.contains(words[lastStart - 1].toLowerCase(Locale.ROOT))) {
			lastStart--;
		}
		return new Split(String.join(" ", java.util.Arrays.copyOfRange(words, start, lastStart)),
				String.join(" ", java.util.Arrays.copyOfRange(words, lastStart, end)));
	}

	private static boolean isSuffix(String value) {
		return SUFFIXES.contains(key(value.strip()));
	}

	private static String key(String word) {
		return word.toLowerCase(Locale.ROOT).replace(".", "");
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
