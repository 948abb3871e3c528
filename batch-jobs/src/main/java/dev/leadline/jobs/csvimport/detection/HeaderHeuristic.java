package dev.leadline.jobs.csvimport.detection;

import dev.leadline.jobs.csvimport.mapping.HeaderSynonyms;
import dev.leadline.jobs.csvimport.mapping.ValueShape;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the first row names the columns: its named cells must be plain text and
 * distinct, blank ones (an index column, empty columns at the end) few, and either one of
 * them is a known column name or some column's later values have a different shape
 * (emails, numbers, dates...) than its first cell.
 */
final class HeaderHeuristic {

	private HeaderHeuristic() {
	}

	static boolean isHeader(List<String> cells, List<List<String>> later) {
		return decide(cells, later).isHeader();
	}

	/** Whether the first row is a header, and how sure the evidence makes it (0-100). */
	record Decision(boolean isHeader, int confidence) {
	}

	static Decision decide(List<String> cells, List<List<String>> later) {
		// A pandas index column and Excel's empty columns have blank headers: the named
		// cells decide, and blanks before the last named cell must be fewer than them.
		List<String> first = cells.stream().filter(cell -> !cell.isBlank()).toList();
		long innerBlanks = cells.size() - first.size() - trailingBlanks(cells);
		if (first.isEmpty() || innerBlanks >= first.size()) {
			return new Decision(false, 70);
		}
		if (!allPlainText(first)) {
			// An e-mail address, a number or a date does not name a column.
			return new Decision(false, 90);
		}
		boolean known = first.stream().anyMatch(HeaderSynonyms::isKnown);
		if (!allDistinctPlainText(first)) {
			// Exports do repeat a column name ("Email", "Email"); then a known name must
			// vouch for the row.
			return new Decision(known, known ? 75 : 60);
		}
		if (later.isEmpty()) {
			return new Decision(true, known ? 80 : 55);
		}
		boolean shapes = shapesDiffer(cells, later);
		if (known && shapes) {
			return new Decision(true, 98);
		}
		if (known || shapes) {
			return new Decision(true, known ? 90 : 80);
		}
		// Text above text, no name Leadline knows: a guess either way.
		return new Decision(false, 55);
	}

	private static long trailingBlanks(List<String> cells) {
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isBlank()) {
			end--;
		}
		return cells.size() - end;
	}

	/** Whether a lone line, with no data below it, can be read as a header. */
	static boolean looksLikeHeaderLine(List<String> cells) {
		return allDistinctPlainText(cells) && cells.stream().anyMatch(HeaderSynonyms::isKnown);
	}

	private static boolean allPlainText(List<String> cells) {
		return !cells.isEmpty() && cells.stream().allMatch(cell -> ValueShape.of(cell) == ValueShape.TEXT);
	}

	private static boolean allDistinctPlainText(List<String> cells) {
		Set<String> seen = new HashSet<>();
		for (String cell : cells) {
			if (ValueShape.of(cell) != ValueShape.TEXT || !seen.add(cell.strip().toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return !cells.isEmpty();
	}

	private static boolean shapesDiffer(List<String> first, List<List<String>> later) {
		for (int column = 0; column < first.size(); column++) {
			if (first.get(column).isBlank()) {
				continue;
			}
			int nonText = 0;
			int filled = 0;
			for (List<String> row : later) {
				ValueShape shape = column < row.size() ? ValueShape.of(row.get(column)) : ValueShape.EMPTY;
				if (shape != ValueShape.EMPTY) {
					filled++;
					if (shape != ValueShape.TEXT) {
						nonText++;
					}
				}
			}
			if (filled > 0 && nonText * 2 > filled) {
				return true;
			}
		}
		return false;
	}

}
