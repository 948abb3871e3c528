package dev.leadline.jobs.enrichment;

import java.util.Map;

/**
 * What a stage made of one item: found (some fields, charged), not found or failed (no
 * fields, free), with the reason in words.
 *
 * @param fields by field name; empty unless found
 */
public record ItemResult(long itemId, Outcome outcome, String reason, Map<String, EnrichedValue> fields) {

	public enum Outcome {

		FOUND, NOT_FOUND, FAILED

	}

	public ItemResult {
		fields = (fields == null) ? Map.of() : Map.copyOf(fields);
		if (outcome == Outcome.FOUND && fields.isEmpty()) {
			throw new IllegalArgumentException("Item " + itemId + " is FOUND without fields: report it NOT_FOUND");
		}
	}

	public static ItemResult found(long itemId, Map<String, EnrichedValue> fields) {
		return new ItemResult(itemId, Outcome.FOUND, null, fields);
	}

	public static ItemResult notFound(long itemId, String reason) {
		return new ItemResult(itemId, Outcome.NOT_FOUND, reason, Map.of());
	}

	public static ItemResult failed(long itemId, String reason) {
		return new ItemResult(itemId, Outcome.FAILED, reason, Map.of());
	}

}
