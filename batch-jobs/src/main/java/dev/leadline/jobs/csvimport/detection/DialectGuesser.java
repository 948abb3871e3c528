package dev.leadline.jobs.csvimport.detection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the delimiter (comma, semicolon, tab, pipe) whose field counts are most
 * consistent across the sample's records, and the quote character ({@code "} unless
 * {@code '} clearly fits better).
 */
final class DialectGuesser {

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	private static final int MAX_RECORDS = 500;

	private DialectGuesser() {
	}

	/**
	 * The best dialect, or one with one field per record when no delimiter splits the
	 * lines.
	 */
	static Dialect guess(String text, boolean truncated) {
		Dialect best = new Dialect(',', '"', 1, 0);
		for (char delimiter : DELIMITERS) {
			Dialect candidate = bestQuote(text, truncated, delimiter);
			if (candidate.fieldsPerRecord() > 1 && isBetter(candidate, best)) {
				best = candidate;
			}
		}
		return best;
	}

	/** The dialect with the delimiter and/or quote given, the rest guessed. */
	static Dialect guess(String text, boolean truncated, Character delimiter, Character quote) {
		if (delimiter == null && quote == null) {
			return guess(text, truncated);
		}
		if (delimiter == null) {
			Dialect best = new Dialect(',', quote, 1, 0);
			for (char candidate : DELIMITERS) {
				Dialect scored = score(text, truncated, candidate, quote);
				if (scored.fieldsPerRecord() > 1 && isBetter(scored, best)) {
					best = scored;
				}
			}
			return best;
		}
		return quote == null ? bestQuote(text, truncated, delimiter) : score(text, truncated, delimiter, quote);
	}

	private static boolean isBetter(Dialect candidate, Dialect best) {
		if (best.fieldsPerRecord() <= 1) {
			return true;
		}
		double difference = candidate.consistency() - best.consistency();
		if (Math.abs(difference) > 0.05) {
			return difference > 0;
		}
		return candidate.fieldsPerRecord() > best.fieldsPerRecord();
	}

	private static Dialect bestQuote(String text, boolean truncated, char delimiter) {
		Dialect doubleQuoted = score(text, truncated, delimiter, '"');
		Dialect singleQuoted = score(text, truncated, delimiter, '\'');
		boolean singleClearlyBetter = singleQuoted.consistency() > doubleQuoted.consistency() + 0.1 && FieldCounter
			.quotedFieldStarts(text, delimiter, '\'') > FieldCounter.quotedFieldStarts(text, delimiter, '"');
		return singleClearlyBetter ? singleQuoted : doubleQuoted;
	}

	private static Dialect score(String text, boolean truncated, char delimiter, char quote) {
		List<Integer> counts = FieldCounter.countFields(text, delimiter, quote, MAX_RECORDS);
		if (truncated && counts.size() > 1 && counts.size() < MAX_RECORDS) {
			// The last record of a cut sample is probably incomplete.
			counts = counts.subList(0, counts.size() - 1);
		}
		if (counts.isEmpty()) {
			return new Dialect(delimiter, quote, 1, 0);
		}
		Map<Integer, Integer> frequency = new HashMap<>();
		counts.forEach(count -> frequency.merge(count, 1, Integer::sum));
		Map.Entry<Integer, Integer> mode = frequency.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.orElseThrow();
		return new Dialect(delimiter, quote, mode.getKey(), mode.getValue() / (double) counts.size(), counts.size());
	}

	/**
	 * How sure the sample makes a guessed delimiter, 0 to 100: the share of records with
	 * the usual number of fields, lowered when another delimiter splits the records about
	 * as consistently, or when there are too few records to tell.
	 */
	static int confidence(String text, boolean truncated, Dialect chosen) {
		if (chosen.fieldsPerRecord() <= 1) {
			return 40;
		}
		double confidence = chosen.consistency() * 100;
		for (char other : DELIMITERS) {
			if (other == chosen.delimiter()) {
				continue;
			}
			Dialect rival = score(text, truncated, other, chosen.quote());
			if (rival.fieldsPerRecord() > 1 && rival.consistency() >= chosen.consistency() - 0.05) {
				confidence *= 0.6;
				break;
			}
		}
		if (chosen.records() < 3) {
			confidence = Math.min(confidence, chosen.records() < 2 ? 50 : 70);
		}
		return (int) Math.round(confidence);
	}

}
