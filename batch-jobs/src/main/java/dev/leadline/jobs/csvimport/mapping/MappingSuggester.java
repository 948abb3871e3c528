package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.TargetField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests a target field for each column of a file from its header and sample values.
 * Each field goes to at most one column: the most confident one; the others are kept as
 * custom attributes. The diagnostic columns of a rejected-rows file uploaded again are
 * ignored ({@link RejectedRowsFile}).
 */
public class MappingSuggester {

	/**
	 * @param headers the column headers; empty when the file has none
	 * @param rows sample data rows, the header excluded
	 */
	public List<ColumnSuggestion> suggest(List<String> headers, List<List<String>> rows) {
		int columns = Math.max(headers.size(), rows.stream().mapToInt(List::size).max().orElse(0));
		int diagnostics = RejectedRowsFile.diagnosticColumns(headers);
		List<ColumnSuggestion> suggestions = new ArrayList<>();
		for (int index = 0; index < columns; index++) {
			String header = index < headers.size() ? headers.get(index) : "Column " + (index + 1);
			suggestions.add(index < diagnostics
					? new ColumnSuggestion(index, header, TargetField.IGNORE, 1.0, RejectedRowsFile.REASON)
					: ColumnScorer.score(index, header, valuesOf(rows, index)));
		}
		return oneColumnPerField(suggestions);
	}

	private static List<String> valuesOf(List<List<String>> rows, int index) {
		return rows.stream().map(row -> index < row.size() ? row.get(index) : "").toList();
	}

	private static List<ColumnSuggestion> oneColumnPerField(List<ColumnSuggestion> suggestions) {
		Map<TargetField, ColumnSuggestion> winners = new EnumMap<>(TargetField.class);
		suggestions.stream()
			.filter(s -> s.field().isUnique())
			.sorted(Comparator.comparingDouble(ColumnSuggestion::confidence).reversed())
			.forEach(s -> winners.putIfAbsent(s.field(), s));
		return suggestions.stream().map(s -> keepOrDemote(s, winners.get(s.field()))).toList();
	}

	private static ColumnSuggestion keepOrDemote(ColumnSuggestion suggestion, ColumnSuggestion winner) {
		if (winner == null || winner == suggestion) {
			return suggestion;
		}
		return new ColumnSuggestion(suggestion.index(), suggestion.header(), TargetField.CUSTOM,
				Math.round(Math.min(0.5, suggestion.confidence() / 2) * 100) / 100.0,
				"also looks like " + suggestion.field() + " (" + suggestion.reason() + ") but column '"
						+ winner.header() + "' fits better; kept as a custom attribute");
	}

}
