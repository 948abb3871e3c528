package dev.leadline.api.credits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A tenant's credits.
 *
 * @param ledger the newest entries; {@code nextBefore} pages on
 * @param usagePerDay credits charged per day over the last 30 days
 * @param usagePerStage credits charged per stage over the last 30 days
 */
public record CreditsView(long balance, long held, long available, List<Entry> ledger, Long nextBefore,
		List<DayUsage> usagePerDay, List<StageUsage> usagePerStage) {

	/** One ledger entry; amounts are positive, the kind says which way they move. */
	public record Entry(long id, String kind, long amount, Integer items, Long runId, String stage, String note,
			OffsetDateTime createdAt) {
	}

	public record DayUsage(LocalDate day, long credits) {
	}

	public record StageUsage(String stage, long credits, long items) {
	}

}
