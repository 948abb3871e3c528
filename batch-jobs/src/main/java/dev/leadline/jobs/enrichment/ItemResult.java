package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.outbound.ProviderCall;
import java.util.List;
import java.util.Map;

/**
 * What a stage made of one item: found (some fields, charged), not found or failed (no
 * fields, free), with the reason in words, and the provider calls made for it (each
 * recorded, whatever the outcome).
 *
 * @param fields by field name; empty unless found
 */
public record ItemResult(long itemId, Outcome outcome, String reason, Map<String, EnrichedValue> fields,
		List<ProviderCall> calls) {

	public enum Outcome {

		FOUND, NOT_FOUND, FAILED

	}

	public ItemResult {
		fields = (fields == null) ? Map.of() : Map.copyOf(fields);
		calls = (calls == null) ? List.of() : List.copyOf(calls);
		if (outcome == Outcome.FOUND && fields.isEmpty()) {
			throw new IllegalArgumentException("Item " + itemId + " is FOUND without fields: report it NOT_FOUND");
		}
	}

	public static ItemResult found(long itemId, Map<String, EnrichedValue> fields) {
		return new ItemResult(itemId, Outcome.FOUND, null, fields, List.of());
	}

	public static ItemResult notFound(long itemId, String reason) {
		return new ItemResult(itemId, Outcome.NOT_FOUND, reason, Map.of(), List.of());
	}

	public static ItemResult failed(long itemId, String reason) {
		return new ItemResult(itemId, Outcome.FAILED, reason, Map.of(), List.of());
	}

	/** The same result with the calls made for it. */
	public ItemResult withCalls(List<ProviderCall> calls) {
		return new ItemResult(this.itemId, this.outcome, this.reason, this.fields, calls);
	}

}
