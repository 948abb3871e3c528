package dev.leadline.jobs.enrichment.company;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.PROVIDER_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.enrichment.EnrichmentRequest;
import dev.leadline.jobs.enrichment.EnrichmentSelection;
import dev.leadline.jobs.enrichment.EnrichmentTestSupport;
import dev.leadline.jobs.outbound.FetchRefusedException;
import dev.leadline.jobs.outbound.FetchRequest;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.StubHttpServer;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Company stage as a run on real PostgreSQL against a stub site on loopback: found,
 * refused, failed and unworkable companies, charges only for found ones, every call
 * recorded and summed on the run, the facts stored with their page and time.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class CompanyEnrichmentIntegrationTests {

	@Autowired
	EnrichmentTestSupport enrichment;

	@Autowired
	DSLContext dsl;

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	GuardedFetcher fetcher;

	@Autowired
	TransactionTemplate transactions;

	private final StubHttpServer site = new StubHttpServer();

	@AfterEach
	void stop() {
		this.site.close();
	}

	@Test
	void aRunReadsEachSiteChargesFoundCompaniesAndRecordsEveryCall() {
		this.site.on("/site/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", CompanyStageTests.HOME));
		this.site.on("/impressum",
				(exchange) -> StubHttpServer.send(exchange, 200, "text/html", CompanyStageTests.IMPRESSUM));
		this.site.on("/kontakt",
				(exchange) -> StubHttpServer.send(exchange, 200, "text/html", CompanyStageTests.CONTACT));
		this.site.on("/unternehmen/",
				(exchange) -> StubHttpServer.send(exchange, 200, "text/html", CompanyStageTests.ABOUT));
		this.site.on("/gone/", (exchange) -> StubHttpServer.send(exchange, 404, "text/html", "<p>gone</p>"));
		long tenant = this.platform.aTenant();
		companies(tenant, 30, "'" + this.site.uri("/site/") + "' || g || '/'");
		companies(tenant, 5, "'http://10.0.0.' || g || '/'");
		companies(tenant, 5, "'" + this.site.uri("/gone/") + "' || g || '/'");
		companies(tenant, 5, "NULL");
		this.enrichment.topUp(tenant, 1_000);

		long run = this.enrichment.start(tenant,
				new EnrichmentRequest(CompanyStage.NAME, EnrichmentSelection.everything(), false, null));
		this.enrichment.awaitEnd(run, JobRunStatus.COMPLETED);

		EnrichmentRunRecord done = this.enrichment.run(tenant, run);
		assertThat(done.getFound()).isEqualTo(30);
		assertThat(done.getNotFound()).as("refused addresses and no website").isEqualTo(10);
		assertThat(done.getFailed()).as("404 homepages").isEqualTo(5);
		assertThat(done.getCharged()).isEqualTo(60);
		assertThat(done.getCharged() + done.getReleased()).isEqualTo(done.getHeld());
		assertThat(this.site.requests()).isEqualTo(30 * 4 + 5);
		int recorded = this.platform.as(tenant, () -> this.dsl.fetchCount(PROVIDER_CALL,
				PROVIDER_CALL.TENANT_ID.eq(tenant), PROVIDER_CALL.RUN_ID.eq(run)));
		assertThat(recorded).as("every request the stub saw, and the refusals").isEqualTo(30 * 4 + 5 + 5);
		assertThat(done.getProviderCalls()).isEqualTo(recorded);
		JSONB stored = this.platform.as(tenant,
				() -> this.dsl.select(COMPANY.ENRICHMENT)
					.from(COMPANY)
					.where(COMPANY.TENANT_ID.eq(tenant), COMPANY.WEBSITE.eq(this.site.uri("/site/1/").toString()))
					.fetchSingle(COMPANY.ENRICHMENT));
		assertThat(stored.data()).contains("\"emails\": {\"url\": \"" + this.site.uri("/impressum") + "\"")
			.contains("\"source\": \"company/website\"")
			.contains("\"fetchedAt\"");
	}

	@Test
	void theFetcherRefusesToRunInsideADatabaseTransaction() {
		this.site.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html", "<p>hi</p>"));

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.dsl.selectOne().fetch();
			this.fetcher.fetch(FetchRequest.get(this.site.uri("/"), List.of("text/html")));
		})).isInstanceOfSatisfying(FetchRefusedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(FetchRefusedException.Reason.TRANSACTION_ACTIVE));
		assertThat(this.site.requests()).isZero();
	}

	private void companies(long tenant, int count, String website) {
		this.platform.as(tenant,
				() -> this.dsl.execute("INSERT INTO company (tenant_id, name, website) SELECT " + tenant
						+ ", 'Company ' || g || md5(random()::text), " + website + " FROM generate_series(1, " + count
						+ ") g"));
	}

}
