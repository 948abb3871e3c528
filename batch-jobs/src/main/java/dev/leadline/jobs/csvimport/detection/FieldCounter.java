package dev.leadline.jobs.csvimport.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts fields per record for one delimiter and quote, the way an RFC 4180 parser would
 * split them: a quote opens a quoted field only at the start of a field, a doubled quote
 * inside stays literal, and line breaks inside quotes do not end the record. Blank lines
 * are skipped.
 */
final class FieldCounter {

	private FieldCounter() {
	}

	static List<Integer> countFields(String text, char delimiter, char quote, int maxRecords) {
		List<Integer> counts = new ArrayList<>();
		int fields = 1;
		boolean inQuotes = false;
		boolean fieldStart = true;
		boolean blank = true;
		for (int i = 0; i < text.length() && counts.size() < maxRecords; i++) {
			char c = text.charAt(i);
			if (inQuotes) {
				if (c == quote) {
					if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
						i++;
					}
					else {
						inQuotes = false;
					}
				}
				continue;
			}
			if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (!blank) {
					counts.add(fields);
				}
				fields = 1;
				fieldStart = true;
				blank = true;
				continue;
			}
			blank = false;
			if (c == delimiter) {
				fields++;
				fieldStart = true;
			}
			else if (c == quote && fieldStart) {
				inQuotes = true;
				fieldStart = false;
			}
			else if (c != ' ') {
				fieldStart = false;
			}
		}
		if (!blank && counts.size() < maxRecords) {
			counts.add(fields);
		}
		return counts;
	}

	/**
	 * How many fields start with the quote character: evidence that it really is the
	 * quote.
	 */
	static int quotedFieldStarts(String text, char delimiter, char quote) {
		int starts = 0;
		char previous = '\n';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == quote && (previous == delimiter || previous == '\n' || previous == '\r')) {
				starts++;
			}
			previous = c;
		}
		return starts;
	}

}
