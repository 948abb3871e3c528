package dev.leadline.jobs.csvimport.mapping;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises a column header for comparison: lower case, accents and punctuation removed,
 * words separated by single spaces ({@code "Téléphone_Mobile"} becomes
 * {@code "telephone mobile"}).
 */
final class HeaderText {

	private HeaderText() {
	}

	static String normalise(String header) {
		if (header == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(header.replace("ß", "ss"), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").strip();
	}

}
