package dev.leadline.api.enrichment;

import dev.leadline.jobs.enrichment.EnrichmentEstimate;

/**
 * A started run (or, for a repeated Idempotency-Key, the earlier one) and its estimate.
 */
public record StartedView(long id, boolean created, EnrichmentEstimate estimate) {
}
