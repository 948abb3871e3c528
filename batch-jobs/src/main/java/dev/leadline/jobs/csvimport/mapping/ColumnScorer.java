package dev.leadline.jobs.csvimport.mapping;

import dev.leadline.jobs.csvimport.TargetField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.leadline.jobs.csvimport.mapping.HeaderSynonyms.HeaderMatch;

/**
 * Scores one column against every target field, combining what its header says with what
 * its values look like, and keeps the best. Values that clearly look like emails, phones
 * or URLs outweigh a header that says otherwise.
 */
final class ColumnScorer {

	static final double MINIMUM_CONFIDENCE = 0.3;

	private ColumnScorer() {
	}

	static ColumnSuggestion score(int index, String header, List<String> values) {
		Optional<HeaderMatch> headerMatch = HeaderSynonyms.match(header);
		ColumnValues shapes = new ColumnValues(values);
		TargetField best = null;
		double bestConfidence = 0;
		for (TargetField field : TargetField.values()) {
			double headerStrength = headerMatch.filter(m -> m.field() == field).map(HeaderMatch::strength).orElse(0.0);
			double confidence = confidence(field, headerStrength, shapes);
			if (confidence > bestConfidence) {
				best = field;
				bestConfidence = confidence;
			}
		}
		if (best == null || bestConfidence < MINIMUM_CONFIDENCE) {
			return fallback(index, header, shapes);
		}
		TargetField chosen = best;
		return new ColumnSuggestion(index, header, chosen, round(Math.min(0.99, bestConfidence)),
				reason(header, headerMatch.filter(m -> m.field() == chosen), chosen, shapes));
	}

	private static double confidence(TargetField field, double headerStrength, ColumnValues shapes) {
		if (field == TargetField.CUSTOM) {
			return 0;
		}
		if (!ColumnValues.recognisable(field)) {
			// A "Contact" column full of emails is not a name, whatever its header says.
			return headerStrength * (1 - 0.8 * shapes.contactShapeShare());
		}
		double share = shapes.share(field);
		double valueEvidence = share * shapes.reliability();
		if (headerStrength == 0) {
			return share >= 0.5 ? 0.9 * valueEvidence : 0;
		}
		if (shapes.filled() == 0) {
			return headerStrength * 0.8;
		}
		if (share >= 0.5) {
			return 1 - (1 - headerStrength) * (1 - valueEvidence);
		}
		return headerStrength * (0.3 + share);
	}

	private static ColumnSuggestion fallback(int index, String header, ColumnValues shapes) {
		if (shapes.filled() == 0) {
			return new ColumnSuggestion(index, header, TargetField.IGNORE, 0.6,
					"no values in the sample and no known header");
		}
		return new ColumnSuggestion(index, header, TargetField.CUSTOM, 0.5,
				"header and values match no known field; kept as a custom attribute");
	}

	private static String reason(String header, Optional<HeaderMatch> headerMatch, TargetField field,
			ColumnValues shapes) {
		StringBuilder reason = new StringBuilder();
		headerMatch.ifPresent(match -> reason.append("header '")
			.append(header)
			.append(match.strength() >= 0.9 ? "' is a known name for "
					: "' contains '" + match.synonym() + "', a name for ")
			.append(field));
		if (ColumnValues.recognisable(field) && shapes.filled() > 0) {
			if (!reason.isEmpty()) {
				reason.append("; ");
			}
			reason.append(shapes.matching(field))
				.append(" of ")
				.append(shapes.filled())
				.append(" sample values look like ")
				.append(field.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		return reason.toString();
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
