package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.CreditEntryKind;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.credits.InsufficientCreditsException;
import dev.leadline.jobs.harness.HarnessEnrichmentStage;
import dev.leadline.jobs.platform.JobRuns;
import java.time.Duration;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pipeline and its credits with the harness stage (cost 2): estimates, holds, charges
 * only for delivered items, freshness, budgets, a credit race, a restart.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class EnrichmentRunIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(90);

	@Autowired
	EnrichmentTestSupport enrichment;

	@Autowired
	EnrichmentRuns runs;

	@Autowired
	JobRuns jobRuns;

	@Autowired
	DSLContext dsl;

	@Autowired
	EnrichmentSettingsStore settings;

	@BeforeEach
	void reset() {
		HarnessEnrichmentStage.CALLED_IN_TRANSACTION.set(false);
		HarnessEnrichmentStage.BLOW_UP_ON.set(0);
	}

	@Test
	void theEstimateIsWhatTheRunHoldsAndOnlyDeliveredItemsAreCharged() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 1_200, 100, 50);
		enrichment.topUp(tenant, 10_000);

		EnrichmentEstimate estimate = enrichment.estimate(tenant, enrichment.everyone(null));
		assertThat(estimate.selected()).isEqualTo(1_350);
		assertThat(estimate.skippedFresh()).isZero();
		assertThat(estimate.toEnrich()).isEqualTo(1_350);
		assertThat(estimate.workable()).isEqualTo(1_250);
		assertThat(estimate.maxCredits()).isEqualTo(2_700);
		assertThat(estimate.hold()).isEqualTo(2_700);
		assertThat(estimate.expectedCredits()).isEqualTo(2_500);
		assertThat(estimate.covered()).isTrue();

		long run = enrichment.start(tenant, enrichment.everyone(null));
		enrichment.awaitEnd(run, JobRunStatus.COMPLETED);

		EnrichmentRunRecord done = enrichment.run(tenant, run);
		assertThat(done.getHeld()).as("held what the estimate said").isEqualTo(estimate.hold());
		assertThat(done.getFound()).isEqualTo(1_200);
		assertThat(done.getNotFound()).isEqualTo(100);
		assertThat(done.getFailed()).isEqualTo(50);
		assertThat(done.getCharged()).as("no data, no charge").isEqualTo(2_400);
		assertThat(done.getCharged() + done.getReleased()).isEqualTo(done.getHeld());
		assertThat(enrichment.charges(tenant, run)).isEqualTo(1_200);
		assertThat(enrichment.ledger(tenant, CreditEntryKind.hold, run)).isEqualTo(done.getHeld());
		assertThat(enrichment.ledger(tenant, CreditEntryKind.charge, run)).isEqualTo(2_400);
		assertThat(enrichment.ledger(tenant, CreditEntryKind.release, run)).isEqualTo(300);
		assertThat(enrichment.balance(tenant).balance()).isEqualTo(10_000 - 2_400);
		assertThat(enrichment.balance(tenant).held()).isZero();
		assertThat(enrichment.contactsWith(tenant, "emailDomain")).isEqualTo(1_200);
		assertThat(enrichment.contactsWith(tenant, "seniority")).isEqualTo(120);
		assertThat(enrichment.platform.as(tenant,
				() -> dsl.fetchCount(CONTACT_ENRICHMENT,
						CONTACT_ENRICHMENT.TENANT_ID.eq(tenant).and(CONTACT_ENRICHMENT.SENIORITY.eq("C_LEVEL")))))
			.as("fields that are columns are written there too")
			.isEqualTo(120);
		assertThat(enrichment.platform.as(tenant,
				() -> dsl.fetchCount(CONTACT,
						CONTACT.TENANT_ID.eq(tenant).and(CONTACT.UPDATED_AT.ne(CONTACT.CREATED_AT)))))
			.as("enrichment never rewrites the contact rows")
			.isZero();
		enrichment.platform.as(tenant,
				() -> dsl.deleteFrom(CONTACT)
					.where(CONTACT.TENANT_ID.eq(tenant), CONTACT.ID.in(DSL.select(CONTACT_ENRICHMENT.CONTACT_ID)
						.from(CONTACT_ENRICHMENT)
						.where(CONTACT_ENRICHMENT.TENANT_ID.eq(tenant), CONTACT_ENRICHMENT.SENIORITY.eq("C_LEVEL"))))
					.execute());
		assertThat(enrichment.contactsWith(tenant, "seniority")).as("a deleted contact's enrichment goes with it")
			.isZero();
		assertThat(HarnessEnrichmentStage.CALLED_IN_TRANSACTION).as("the stage never runs in a transaction").isFalse();
	}

	@Test
	void freshItemsAreSkippedUnlessForcedAndFailedOnesAreTriedAgain() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 300, 20, 10);
		enrichment.topUp(tenant, 10_000);
		long first = enrichment.start(tenant, enrichment.everyone(null));
		enrichment.awaitEnd(first, JobRunStatus.COMPLETED);

		EnrichmentEstimate again = enrichment.estimate(tenant, enrichment.everyone(null));
		assertThat(again.selected()).isEqualTo(330);
		assertThat(again.skippedFresh()).as("found and not found are fresh; failed are not").isEqualTo(320);
		assertThat(again.toEnrich()).isEqualTo(10);

		long second = enrichment.start(tenant, enrichment.everyone(null));
		enrichment.awaitEnd(second, JobRunStatus.COMPLETED);
		assertThat(enrichment.run(tenant, second).getItemsSelected()).isEqualTo(330);
		assertThat(enrichment.run(tenant, second).getSkippedFresh()).isEqualTo(320);
		assertThat(enrichment.run(tenant, second).getCharged()).isZero();

		EnrichmentRequest forced = new EnrichmentRequest(HarnessEnrichmentStage.NAME,
				enrichment.everyone(null).selection(), true, null);
		assertThat(enrichment.estimate(tenant, forced).toEnrich()).isEqualTo(330);
	}

	@Test
	void aRunTheBalanceCannotCoverIsRefusedBeforeItIsQueued() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 100, 0, 0);
		enrichment.topUp(tenant, 199);
		assertThatThrownBy(() -> enrichment.start(tenant, enrichment.everyone(null)))
			.isInstanceOf(InsufficientCreditsException.class)
			.hasMessageContaining("needs up to 200 credits and 199 are available");
		assertThat(TenantContext.system(() -> dsl.fetchCount(JOB_RUN, JOB_RUN.TENANT_ID.eq(tenant)))).isZero();
	}

	@Test
	void twoRunsStartedTogetherOnABalanceForOneOnlyOneProceedsAndTheOtherResumesAfterATopUp() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 600, 0, 0);
		enrichment.topUp(tenant, 1_200);
		long a = enrichment.start(tenant, enrichment.everyone(null));
		long b = enrichment.start(tenant,
				new EnrichmentRequest(HarnessEnrichmentStage.NAME, enrichment.everyone(null).selection(), true, null));

		await(List.of(a, b));
		List<JobRunStatus> ends = List.of(enrichment.platform.status(a), enrichment.platform.status(b));
		assertThat(ends).containsExactlyInAnyOrder(JobRunStatus.COMPLETED, JobRunStatus.STOPPED);
		long stopped = (ends.get(0) == JobRunStatus.STOPPED) ? a : b;
		assertThat(stopCause(stopped)).isEqualTo("credits");
		assertThat(enrichment.run(tenant, stopped).getCharged()).isZero();
		assertThat(enrichment.balance(tenant).balance()).isZero();
		assertThat(enrichment.balance(tenant).held()).isZero();
		assertThat(ledgerBalance(tenant)).as("the ledger sums to the balance").isZero();

		enrichment.topUp(tenant, 1_200);
		enrichment.platform.as(tenant, () -> {
			runs.resume(tenant, stopped, null);
			return null;
		});
		enrichment.awaitEnd(stopped, JobRunStatus.COMPLETED);
		assertThat(enrichment.run(tenant, stopped).getCharged()).isEqualTo(1_200);
		assertThat(enrichment.balance(tenant).balance()).isZero();
		assertThat(ledgerBalance(tenant)).isZero();
	}

	@Test
	void aBudgetStopsTheRunCleanlyAndARaisedBudgetFinishesItWithoutChargingAnItemTwice() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 1_200, 0, 0);
		enrichment.topUp(tenant, 10_000);
		long run = enrichment.start(tenant, enrichment.everyone(1_100L));
		enrichment.awaitEnd(run, JobRunStatus.STOPPED);
		EnrichmentRunRecord stopped = enrichment.run(tenant, run);
		assertThat(stopped.getHeld()).isEqualTo(1_100);
		assertThat(stopped.getCharged()).isLessThanOrEqualTo(1_100).isEqualTo(stopped.getFound() * 2);
		assertThat(stopCause(run)).isEqualTo("credits");
		assertThat(enrichment.balance(tenant).held()).as("released at the stop").isZero();

		enrichment.platform.as(tenant, () -> {
			runs.resume(tenant, run, 5_000L);
			return null;
		});
		enrichment.awaitEnd(run, JobRunStatus.COMPLETED);
		EnrichmentRunRecord done = enrichment.run(tenant, run);
		assertThat(done.getFound()).isEqualTo(1_200);
		assertThat(done.getCharged()).isEqualTo(2_400);
		assertThat(enrichment.charges(tenant, run)).isEqualTo(1_200);
		assertThat(done.getCharged() + done.getReleased()).isEqualTo(done.getHeld());
		assertThat(enrichment.balance(tenant).balance()).isEqualTo(10_000 - 2_400);
	}

	@Test
	void aRunThatFailsMidwayResumesWithTheItemsNoCommittedChunkDidAndChargesEachOnce() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 1_600, 0, 0);
		enrichment.topUp(tenant, 10_000);
		long third = enrichment.platform.as(tenant,
				() -> dsl.select(dev.leadline.db.jooq.Tables.CONTACT.ID)
					.from(dev.leadline.db.jooq.Tables.CONTACT)
					.where(dev.leadline.db.jooq.Tables.CONTACT.TENANT_ID.eq(tenant))
					.orderBy(dev.leadline.db.jooq.Tables.CONTACT.ID)
					.offset(EnrichmentTestSupport.CHUNK * 2 + 7)
					.limit(1)
					.fetchSingle(dev.leadline.db.jooq.Tables.CONTACT.ID));
		HarnessEnrichmentStage.BLOW_UP_ON.set(third);
		long run = enrichment.start(tenant, enrichment.everyone(null));
		enrichment.awaitEnd(run, JobRunStatus.FAILED);
		assertThat(enrichment.run(tenant, run).getFound()).as("two chunks committed")
			.isEqualTo(EnrichmentTestSupport.CHUNK * 2);
		assertThat(enrichment.balance(tenant).held()).as("released at the failure").isZero();

		enrichment.platform.as(tenant, () -> jobRuns.restart(run));
		enrichment.awaitEnd(run, JobRunStatus.COMPLETED);
		EnrichmentRunRecord done = enrichment.run(tenant, run);
		assertThat(done.getFound()).isEqualTo(1_600);
		assertThat(enrichment.charges(tenant, run)).isEqualTo(1_600);
		assertThat(done.getCharged()).isEqualTo(3_200);
		assertThat(done.getCharged() + done.getReleased()).isEqualTo(done.getHeld());
		assertThat(enrichment.platform.executions(run)).isEqualTo(2);
	}

	@Test
	void theNightlyRunStartsOneRunPerTenantAndStageWithinTheCapAndNeverTwiceANight() {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 400, 0, 0);
		enrichment.topUp(tenant, 10_000);
		enrichment.platform.as(tenant, () -> settings.put(tenant,
				new EnrichmentSettings(30, true, List.of(HarnessEnrichmentStage.NAME), 300)));
		try {
			for (int night = 0; night < 2; night++) {
				long nightly = TenantContext
					.system(() -> jobRuns
						.trigger(null, EnrichmentJob.NIGHTLY, java.util.Map.of(),
								dev.leadline.jobs.platform.RunTrigger.schedule("nightly-enrichment"), null, null)
						.runId());
				enrichment.awaitEnd(nightly, JobRunStatus.COMPLETED);
			}
			List<Long> started = TenantContext.system(() -> dsl.select(JOB_RUN.ID)
				.from(JOB_RUN)
				.where(JOB_RUN.TENANT_ID.eq(tenant), JOB_RUN.JOB_NAME.eq(EnrichmentJob.NAME))
				.fetch(JOB_RUN.ID));
			assertThat(started).as("one run, however often the nightly job runs that night").hasSize(1);
			assertThat(TenantContext.system(() -> dsl.select(JOB_RUN.TRIGGER_TYPE)
				.from(JOB_RUN)
				.where(JOB_RUN.ID.eq(started.get(0)))
				.fetchSingle(JOB_RUN.TRIGGER_TYPE))).isEqualTo("schedule");
			enrichment.awaitEnd(started.get(0), JobRunStatus.STOPPED);
			EnrichmentRunRecord capped = enrichment.run(tenant, started.get(0));
			assertThat(capped.getBudget()).isEqualTo(300);
			assertThat(capped.getCharged()).as("within the nightly cap").isEqualTo(300);
		}
		finally {
			enrichment.platform.as(tenant, () -> settings.put(tenant, new EnrichmentSettings(30, false, List.of(), 0)));
		}
	}

	@Test
	void theIdealCustomerIsKeptWhenOmittedClearedWhenBlankAndBounded() {
		long tenant = enrichment.platform.aTenant();
		EnrichmentSettings described = new EnrichmentSettings(30, false, List.of(), 0,
				"  Mid-sized manufacturers in DACH  ");

		assertThat(enrichment.platform.as(tenant, () -> settings.put(tenant, described)).idealCustomer())
			.isEqualTo("Mid-sized manufacturers in DACH");
		assertThat(enrichment.platform.as(tenant,
				() -> settings.put(tenant, new EnrichmentSettings(14, false, List.of(), 0, null))))
			.satisfies((kept) -> {
				assertThat(kept.freshnessDays()).isEqualTo(14);
				assertThat(kept.idealCustomer()).isEqualTo("Mid-sized manufacturers in DACH");
			});
		assertThatThrownBy(() -> enrichment.platform.as(tenant,
				() -> settings.put(tenant, new EnrichmentSettings(30, false, List.of(), 0, "x".repeat(4001)))))
			.isInstanceOf(InvalidEnrichmentRequestException.class);
		assertThat(enrichment.platform
			.as(tenant, () -> settings.put(tenant, new EnrichmentSettings(30, false, List.of(), 0, " ")))
			.idealCustomer()).isNull();
	}

	private void await(List<Long> runIds) {
		org.awaitility.Awaitility.await()
			.atMost(WITHIN)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> runIds.stream()
				.map(enrichment.platform::status)
				.allMatch((status) -> status == JobRunStatus.COMPLETED || status == JobRunStatus.STOPPED
						|| status == JobRunStatus.FAILED));
	}

	private String stopCause(long run) {
		return TenantContext.system(() -> dsl.select(JOB_RUN.STOP_CAUSE)
			.from(JOB_RUN)
			.where(JOB_RUN.ID.eq(run))
			.fetchSingle(0, String.class));
	}

	private long ledgerBalance(long tenant) {
		return enrichment.ledger(tenant, CreditEntryKind.top_up, null)
				+ enrichment.ledger(tenant, CreditEntryKind.refund, null)
				- enrichment.ledger(tenant, CreditEntryKind.charge, null) - enrichment.balance(tenant).balance();
	}

}
