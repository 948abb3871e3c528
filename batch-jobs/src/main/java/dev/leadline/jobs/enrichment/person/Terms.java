package dev.leadline.jobs.enrichment.person;

import java.util.Arrays;

/**
 * Words and phrases found in a {@link TitleText normalised} title at word boundaries. A
 * {@code *} at a term's end lets the word go on ({@code vertrieb*} matches
 * {@code vertriebsleiter}), at its start lets the word begin earlier ({@code *leiter}
 * matches {@code teamleiter}); terms are normalised like titles when built.
 */
final class Terms {

	private final String[] needles;

	private Terms(String[] needles) {
		this.needles = needles;
	}

	static Terms of(String... terms) {
		return new Terms(Arrays.stream(terms).map(Terms::needle).toArray(String[]::new));
	}

	/** Where the earliest term begins in the normalised title, or -1. */
	int find(String title) {
		int first = -1;
		for (String needle : this.needles) {
			int at = title.indexOf(needle);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	boolean in(String title) {
		for (String needle : this.needles) {
			if (title.contains(needle)) {
				return true;
			}
		}
		return false;
	}

	private static String needle(String term) {
		boolean open = term.startsWith("*");
		boolean continues = term.endsWith("*");
		String core = TitleText.normalise(term.replace("*", "")).strip();
		return (open ? "" : " ") + core + (continues ? "" : " ");
	}

}
