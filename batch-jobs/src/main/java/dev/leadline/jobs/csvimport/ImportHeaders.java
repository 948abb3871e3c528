package dev.leadline.jobs.csvimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column names as shown and stored: blank headers get "Column n", repeated ones "Notes
 * (2)".
 */
public final class ImportHeaders {

	private ImportHeaders() {
	}

	public static List<String> unique(List<String> headers) {
		Set<String> seen = new HashSet<>();
		List<String> unique = new ArrayList<>(headers.size());
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i) == null || headers.get(i).isBlank() ? "Column " + (i + 1)
					: headers.get(i).strip().replace('\0', '\u2400');
			String candidate = header;
			for (int n = 2; !seen.add(candidate.toLowerCase()); n++) {
				candidate = header + " (" + n + ")";
			}
			unique.add(candidate);
		}
		return unique;
	}

}
