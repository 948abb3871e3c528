package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_ITEM;
import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.db.jooq.enums.EnrichmentItemState;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.credits.CreditLedger;
import org.jooq.DSLContext;

/**
 * What a run holds, kept equal to what its pending items may still cost (within its
 * budget): raised at each start or resumption, given back at each end. Holds and releases
 * go through the ledger in the caller's transaction.
 */
final class CreditHold {

	private final DSLContext dsl;

	private final CreditLedger credits;

	CreditHold(DSLContext dsl, CreditLedger credits) {
		this.dsl = dsl;
		this.credits = credits;
	}

	/**
	 * Holds what the pending items may cost.
	 * @return null when held, else why the run cannot go on (out of credits or budget)
	 */
	String holdForPending(long tenantId, long runId) {
		EnrichmentRunRecord run = lock(tenantId, runId);
		long pending = this.dsl.fetchCount(ENRICHMENT_ITEM, ENRICHMENT_ITEM.TENANT_ID.eq(tenantId),
				ENRICHMENT_ITEM.RUN_ID.eq(runId), ENRICHMENT_ITEM.STATE.eq(EnrichmentItemState.pending));
		long budgetLeft = (run.getBudget() == null) ? Long.MAX_VALUE : run.getBudget() - run.getCharged();
		long needed = Math.min(pending * run.getCostPerItem(), Math.max(0, budgetLeft));
		long have = unspent(run);
		if (needed > have) {
			if (!this.credits.hold(tenantId, runId, run.getStage(), needed - have)) {
				long available = this.credits.balance(tenantId).available();
				return "The run needs " + (needed - have) + " more credits for its " + pending + " remaining items and "
						+ available + " are available; top up and restart it.";
			}
			run.setHeld(run.getHeld() + needed - have);
		}
		else if (needed < have) {
			this.credits.release(tenantId, runId, run.getStage(), have - needed);
			run.setReleased(run.getReleased() + have - needed);
		}
		run.store();
		if (pending > 0 && needed < run.getCostPerItem()) {
			return "The run's budget of " + run.getBudget() + " credits is spent (" + run.getCharged()
					+ " charged) with " + pending + " items left; raise its budget to resume it.";
		}
		return null;
	}

	/** Gives back everything the run holds and has not spent. */
	void releaseAll(long tenantId, long runId) {
		EnrichmentRunRecord run = lock(tenantId, runId);
		long unspent = unspent(run);
		if (unspent > 0) {
			this.credits.release(tenantId, runId, run.getStage(), unspent);
			run.setReleased(run.getReleased() + unspent);
			run.store();
		}
	}

	static long unspent(EnrichmentRunRecord run) {
		return run.getHeld() - run.getCharged() - run.getReleased();
	}

	private EnrichmentRunRecord lock(long tenantId, long runId) {
		return this.dsl.selectFrom(ENRICHMENT_RUN)
			.where(ENRICHMENT_RUN.TENANT_ID.eq(tenantId), ENRICHMENT_RUN.RUN_ID.eq(runId))
			.forUpdate()
			.fetchSingle();
	}

}
