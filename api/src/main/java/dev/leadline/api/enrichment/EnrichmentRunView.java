package dev.leadline.api.enrichment;

import dev.leadline.db.jooq.enums.JobRunStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One enrichment run: what it covers, how far it is, and its credits.
 *
 * @param pending items not done yet
 * @param held credits held over the run's life; {@code charged + released <= held}, equal
 * once it ended
 * @param providerCalls calls to outside providers, every attempt counted
 * @param providerCost what those calls cost us (not the tenant's credits)
 * @param tokens language-model tokens, input and output
 */
public record EnrichmentRunView(long id, String stage, String entity, JobRunStatus status, String triggerType,
		String createdByName, OffsetDateTime createdAt, OffsetDateTime endedAt, boolean forced, Long budget,
		Long itemsSelected, Long skippedFresh, long pending, long found, long notFound, long failed, int costPerItem,
		long held, long charged, long released, String stopCause, long providerCalls, BigDecimal providerCost,
		long tokens) {
}
