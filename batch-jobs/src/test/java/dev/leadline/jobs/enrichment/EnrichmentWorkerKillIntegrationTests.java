package dev.leadline.jobs.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.jooq.enums.CreditEntryKind;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.platform.WorkerProcess;
import java.time.Duration;
import leadlinetest.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * kill -9 of the worker process in the middle of an enrichment run: another worker
 * recovers it, and the charges are exactly the delivered items, each item recorded once.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.roles=api")
class EnrichmentWorkerKillIntegrationTests {

	@Autowired
	EnrichmentTestSupport enrichment;

	@Test
	void aKilledWorkersRunIsRecoveredWithChargesEqualToTheDeliveredItems() throws Exception {
		long tenant = enrichment.platform.aTenant();
		enrichment.contacts(tenant, 3_000, 200, 0);
		enrichment.topUp(tenant, 100_000);
		long run;
		try (WorkerProcess first = WorkerProcess.start("enrichment-killed", "--leadline.harness.enrich-pause-ms=400")) {
			run = enrichment.start(tenant, enrichment.everyone(null));
			await().atMost(Duration.ofSeconds(60))
				.until(() -> enrichment.run(tenant, run).getFound()
						+ enrichment.run(tenant, run).getNotFound() >= 1_000);
			first.kill();
		}
		EnrichmentRunRecord crashed = enrichment.run(tenant, run);
		// A chunk is recorded in parts (each part's recording overlaps the stage's next
		// part): a kill leaves whole parts recorded, never part of one.
		int part = EnrichmentChunkWriter
			.parts(java.util.stream.LongStream.range(0, EnrichmentTestSupport.CHUNK).boxed().toList())
			.get(0)
			.size();
		assertThat(crashed.getFound() + crashed.getNotFound()).as("only whole parts of chunks were recorded")
			.isLessThan(3_200)
			.matches((done) -> done % part == 0);
		assertThat(enrichment.charges(tenant, run)).isEqualTo(crashed.getFound().intValue());

		try (WorkerProcess second = WorkerProcess.start("enrichment-survivor")) {
			enrichment.awaitEnd(run, JobRunStatus.COMPLETED);
		}
		EnrichmentRunRecord done = enrichment.run(tenant, run);
		assertThat(done.getFound()).isEqualTo(3_000);
		assertThat(done.getNotFound()).isEqualTo(200);
		assertThat(enrichment.charges(tenant, run)).as("one charge per delivered item").isEqualTo(3_000);
		assertThat(done.getCharged()).isEqualTo(6_000);
		assertThat(enrichment.ledger(tenant, CreditEntryKind.charge, run)).isEqualTo(6_000);
		assertThat(done.getCharged() + done.getReleased()).isEqualTo(done.getHeld());
		assertThat(enrichment.ledger(tenant, CreditEntryKind.hold, run)).isEqualTo(done.getHeld());
		assertThat(enrichment.balance(tenant).balance()).isEqualTo(100_000 - 6_000);
		assertThat(enrichment.balance(tenant).held()).isZero();
		assertThat(enrichment.platform.executions(run)).isEqualTo(2);
	}

}
