package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;
import static dev.leadline.db.jooq.Tables.CREDIT_ACCOUNT;
import static dev.leadline.db.jooq.Tables.CREDIT_CHARGE;
import static dev.leadline.db.jooq.Tables.CREDIT_LEDGER;
import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.db.jooq.enums.CreditEntryKind;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.selection.ContactFilter;
import dev.leadline.jobs.credits.CreditBalance;
import dev.leadline.jobs.credits.CreditLedger;
import dev.leadline.jobs.harness.HarnessEnrichmentStage;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.RunTrigger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Contacts, credits and runs of the harness stage, for enrichment tests. */
@Component
public class EnrichmentTestSupport {

	/** The chunk size of the tests' runs ({@code leadline.enrichment.chunk-size}). */
	public static final int CHUNK = 500;

	final PlatformTestSupport platform;

	private final DSLContext dsl;

	private final CreditLedger credits;

	private final EnrichmentRuns runs;

	private final TransactionTemplate transactions;

	EnrichmentTestSupport(PlatformTestSupport platform, DSLContext dsl, CreditLedger credits, EnrichmentRuns runs,
			TransactionTemplate transactions) {
		this.platform = platform;
		this.dsl = dsl;
		this.credits = credits;
		this.runs = runs;
		this.transactions = transactions;
	}

	/**
	 * {@code found} contacts with e-mails (every tenth a CEO), {@code empty} without,
	 * {@code failing} that fail.
	 */
	public void contacts(long tenant, int found, int empty, int failing) {
		platform.as(tenant, () -> {
			insert(tenant, found, "'ok' || g || '@example.com'", "CASE WHEN g % 10 = 0 THEN 'CEO' END");
			insert(tenant, empty, "NULL", "NULL");
			insert(tenant, failing, "'fail' || g || '@example.com'", "NULL");
			return null;
		});
	}

	private void insert(long tenant, int count, String email, String title) {
		if (count == 0) {
			return;
		}
		dsl.execute("INSERT INTO contact (tenant_id, email, first_name, title) SELECT " + tenant + ", " + email
				+ ", 'P' || g, " + title + " FROM generate_series(1, " + count + ") g");
	}

	/**
	 * Waits for the run to end (or to reach {@code expected}) and asserts it is
	 * {@code expected}, so a run that fails says so at once.
	 */
	public void awaitEnd(long run, JobRunStatus expected) {
		java.util.Set<JobRunStatus> ended = java.util.EnumSet.of(JobRunStatus.COMPLETED, JobRunStatus.FAILED,
				JobRunStatus.STOPPED, JobRunStatus.ABANDONED);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(120))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> platform.status(run) == expected || ended.contains(platform.status(run)));
		org.assertj.core.api.Assertions.assertThat(platform.status(run))
			.as("run %d (failure: %s)", run, platform.failure(run))
			.isEqualTo(expected);
	}

	public CreditBalance topUp(long tenant, long amount) {
		return platform.as(tenant, () -> transactions.execute((s) -> credits.topUp(tenant, amount, null, "test")));
	}

	public CreditBalance balance(long tenant) {
		return platform.as(tenant, () -> credits.balance(tenant));
	}

	public EnrichmentRequest everyone(Long budget) {
		return new EnrichmentRequest(HarnessEnrichmentStage.NAME, EnrichmentSelection.ofContacts(ContactFilter.ALL),
				false, budget);
	}

	public EnrichmentEstimate estimate(long tenant, EnrichmentRequest request) {
		return platform.as(tenant, () -> runs.estimate(tenant, request));
	}

	public long start(long tenant, EnrichmentRequest request) {
		return platform.as(tenant, () -> runs.start(tenant, request, RunTrigger.system("test"), null)).ticket().runId();
	}

	public EnrichmentRunRecord run(long tenant, long runId) {
		return platform.as(tenant,
				() -> dsl.selectFrom(ENRICHMENT_RUN)
					.where(ENRICHMENT_RUN.TENANT_ID.eq(tenant), ENRICHMENT_RUN.RUN_ID.eq(runId))
					.fetchSingle());
	}

	public long ledger(long tenant, CreditEntryKind kind, Long runId) {
		return platform.as(tenant, () -> dsl
			.select(DSL.coalesce(DSL.sum(CREDIT_LEDGER.AMOUNT), DSL.inline(0L).cast(java.math.BigDecimal.class)))
			.from(CREDIT_LEDGER)
			.where(CREDIT_LEDGER.TENANT_ID.eq(tenant), CREDIT_LEDGER.KIND.eq(kind))
			.and((runId == null) ? DSL.noCondition() : CREDIT_LEDGER.RUN_ID.eq(runId))
			.fetchSingle(0, Long.class));
	}

	public int charges(long tenant, long runId) {
		return platform.as(tenant, () -> dsl.fetchCount(CREDIT_CHARGE, CREDIT_CHARGE.TENANT_ID.eq(tenant),
				CREDIT_CHARGE.RUN_ID.eq(runId)));
	}

	public int contactsWith(long tenant, String enrichedField) {
		return platform.as(tenant, () -> dsl.fetchCount(CONTACT_ENRICHMENT, CONTACT_ENRICHMENT.TENANT_ID.eq(tenant)
			.and(DSL.condition("jsonb_exists(fields, {0})", DSL.val(enrichedField)))));
	}

	public long accountHeld(long tenant) {
		return platform.as(tenant,
				() -> dsl.select(CREDIT_ACCOUNT.HELD)
					.from(CREDIT_ACCOUNT)
					.where(CREDIT_ACCOUNT.TENANT_ID.eq(tenant))
					.fetchSingle(CREDIT_ACCOUNT.HELD));
	}

}
