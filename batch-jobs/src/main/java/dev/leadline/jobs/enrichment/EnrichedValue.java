package dev.leadline.jobs.enrichment;

import java.time.Instant;

/**
 * One enriched field's value and where it came from.
 *
 * @param value a string, number or boolean (JSON scalar), or a list of them
 * @param provider who answered within the stage, e.g. {@code dns} or {@code rules}
 * @param url the page or endpoint the value was read from, or null
 * @param fetchedAt when that source was read, or null for the time the result is recorded
 */
public record EnrichedValue(Object value, String provider, String url, Instant fetchedAt) {

	public static EnrichedValue of(Object value, String provider) {
		return new EnrichedValue(value, provider, null, null);
	}

	/** A value read from a page or an answer, at the time it was fetched. */
	public static EnrichedValue from(Object value, String provider, String url, Instant fetchedAt) {
		return new EnrichedValue(value, provider, url, fetchedAt);
	}

}
