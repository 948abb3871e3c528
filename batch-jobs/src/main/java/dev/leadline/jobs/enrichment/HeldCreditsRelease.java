package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.credits.CreditLedger;
import dev.leadline.jobs.platform.HousekeepingTask;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives back credits still held by runs that ended without their own release (a run
 * abandoned after its worker died). Each run in a transaction that first checks, under a
 * lock, that the run has really ended: a run restarted meanwhile keeps its hold.
 */
@Component
class HeldCreditsRelease implements HousekeepingTask {

	private static final List<JobRunStatus> ENDED = List.of(JobRunStatus.COMPLETED, JobRunStatus.FAILED,
			JobRunStatus.STOPPED, JobRunStatus.ABANDONED);

	private final DSLContext dsl;

	private final CreditLedger credits;

	private final TransactionTemplate transactions;

	HeldCreditsRelease(DSLContext dsl, CreditLedger credits, TransactionTemplate transactions) {
		this.dsl = dsl;
		this.credits = credits;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "heldCredits";
	}

	@Override
	public int clean(OffsetDateTime now) {
		List<Record2<Long, Long>> holding = this.dsl.select(ENRICHMENT_RUN.TENANT_ID, ENRICHMENT_RUN.RUN_ID)
			.from(ENRICHMENT_RUN)
			.join(JOB_RUN)
			.on(JOB_RUN.ID.eq(ENRICHMENT_RUN.RUN_ID))
			.where(ENRICHMENT_RUN.HELD.gt(ENRICHMENT_RUN.CHARGED.plus(ENRICHMENT_RUN.RELEASED)))
			.and(JOB_RUN.STATUS.in(ENDED))
			.fetch();
		int released = 0;
		for (Record2<Long, Long> run : holding) {
			Boolean done = this.transactions.execute((status) -> {
				JobRunStatus current = this.dsl.select(JOB_RUN.STATUS)
					.from(JOB_RUN)
					.where(JOB_RUN.ID.eq(run.value2()))
					.forShare()
					.fetchOne(JOB_RUN.STATUS);
				if (!ENDED.contains(current)) {
					return false;
				}
				new CreditHold(this.dsl, this.credits).releaseAll(run.value1(), run.value2());
				return true;
			});
			released += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return released;
	}

}
