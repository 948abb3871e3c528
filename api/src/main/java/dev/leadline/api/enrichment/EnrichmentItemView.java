package dev.leadline.api.enrichment;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One item's result in a run.
 *
 * @param label the contact's name or e-mail (the company's name)
 * @param state pending, found, not_found or failed
 * @param fields what was found, by field
 */
public record EnrichmentItemView(long itemId, String label, String state, String reason, Map<String, Object> fields,
		int credits, OffsetDateTime finishedAt) {
}
