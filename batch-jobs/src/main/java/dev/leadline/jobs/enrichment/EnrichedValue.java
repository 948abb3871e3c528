package dev.leadline.jobs.enrichment;

/**
 * One enriched field's value and where it came from.
 *
 * @param value a string, number or boolean (JSON scalar)
 * @param provider who answered within the stage, e.g. {@code dns} or {@code rules}
 */
public record EnrichedValue(Object value, String provider) {

	public static EnrichedValue of(Object value, String provider) {
		return new EnrichedValue(value, provider);
	}

}
