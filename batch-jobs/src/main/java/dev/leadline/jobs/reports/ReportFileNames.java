package dev.leadline.jobs.reports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Download names that are safe everywhere: {@code dossier-<name>-<id>.pdf} with the name
 * reduced to lower-case ASCII letters, digits and dashes (accents dropped, other scripts
 * left out), at most 60 characters; the company id keeps names unique within a report.
 */
final class ReportFileNames {

	private ReportFileNames() {
	}

	static String of(String companyName, long companyId) {
		String ascii = Normalizer.normalize((companyName == null) ? "" : companyName, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > 60) {
			ascii = ascii.substring(0, 60).replaceAll("-+$", "");
		}
		return "dossier-" + (ascii.isEmpty() ? "company" : ascii) + "-" + companyId + ".pdf";
	}

}
