package dev.leadline.jobs.enrichment.company;

import static dev.leadline.db.jooq.Tables.PROVIDER_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.enrichment.EnrichmentRequest;
import dev.leadline.jobs.enrichment.EnrichmentSelection;
import dev.leadline.jobs.enrichment.EnrichmentTestSupport;
import dev.leadline.jobs.outbound.StubHttpServer;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.WorkerProcess;
import java.time.Duration;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * kill -9 of the worker in the middle of a Company stage run against a stub site: the run
 * is recovered by another worker, the sites were asked at most once per company plus the
 * chunk that died (the stub's own count), and the charges are exactly the companies
 * found.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.roles=api")
class CompanyWorkerKillIntegrationTests {

	private static final int COMPANIES = 1_500;

	private static final int CHUNK = 500;

	@Autowired
	EnrichmentTestSupport enrichment;

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	DSLContext dsl;

	@Test
	void aKilledWorkersRunCallsAtMostOneChunkAgainAndChargesExactly() throws Exception {
		try (StubHttpServer site = new StubHttpServer()) {
			site.on("/site/", (exchange) -> {
				Thread.sleep(60);
				StubHttpServer.send(exchange, 200, "text/html",
						"<html lang=\"en\"><head><meta property=\"og:site_name\" content=\"Acme\"></head></html>");
			});
			long tenant = this.platform.aTenant();
			this.platform.as(tenant,
					() -> this.dsl.execute("INSERT INTO company (tenant_id, name, website) SELECT " + tenant
							+ ", 'Company ' || g, '" + site.uri("/site/") + "' || g || '/' FROM generate_series(1, "
							+ COMPANIES + ") g"));
			this.enrichment.topUp(tenant, 100_000);
			long run;
			try (WorkerProcess first = WorkerProcess.start("company-killed")) {
				run = this.enrichment.start(tenant,
						new EnrichmentRequest(CompanyStage.NAME, EnrichmentSelection.everything(), false, null));
				await().atMost(Duration.ofSeconds(90))
					.until(() -> this.enrichment.run(tenant, run).getFound() >= CHUNK);
				first.kill();
			}
			EnrichmentRunRecord crashed = this.enrichment.run(tenant, run);
			assertThat(crashed.getFound()).as("only whole chunks were recorded").isLessThan(COMPANIES);
			assertThat(crashed.getCharged()).isEqualTo(crashed.getFound() * 2);

			try (WorkerProcess second = WorkerProcess.start("company-survivor")) {
				this.enrichment.awaitEnd(run, JobRunStatus.COMPLETED);
			}
			EnrichmentRunRecord done = this.enrichment.run(tenant, run);
			assertThat(done.getFound()).isEqualTo(COMPANIES);
			assertThat(this.enrichment.charges(tenant, run)).as("one charge per company found").isEqualTo(COMPANIES);
			assertThat(done.getCharged()).isEqualTo(COMPANIES * 2L);
			assertThat(done.getCharged() + done.getReleased()).isEqualTo(done.getHeld());
			assertThat(site.requests()).as("the stub's own count: each company once, plus at most the chunk that died")
				.isBetween(COMPANIES, COMPANIES + CHUNK);
			int recorded = this.platform.as(tenant, () -> this.dsl.fetchCount(PROVIDER_CALL,
					PROVIDER_CALL.TENANT_ID.eq(tenant), PROVIDER_CALL.RUN_ID.eq(run)));
			assertThat(recorded).as("calls of the chunk that died are not recorded; all others are")
				.isBetween(COMPANIES, site.requests());
			assertThat(done.getProviderCalls()).isEqualTo(recorded);
		}
	}

}
