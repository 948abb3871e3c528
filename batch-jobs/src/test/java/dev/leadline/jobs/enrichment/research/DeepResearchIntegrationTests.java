package dev.leadline.jobs.enrichment.research;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_ITEM;
import static dev.leadline.db.jooq.Tables.PROVIDER_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.enrichment.EnrichmentRequest;
import dev.leadline.jobs.enrichment.EnrichmentSelection;
import dev.leadline.jobs.enrichment.EnrichmentTestSupport;
import dev.leadline.jobs.outbound.StubHttpServer;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deep research as a run on real PostgreSQL with a stub OpenAI-compatible model on
 * loopback: valid answers are charged once per company with their tokens summed on the
 * run; then the model fails, its circuit breaker opens, and the rest are skipped unsent
 * and free.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class DeepResearchIntegrationTests {

	static final StubHttpServer MODEL = new StubHttpServer();

	static final StubHttpServer SITE = new StubHttpServer();

	static final AtomicBoolean DOWN = new AtomicBoolean();

	static {
		JsonMapper json = JsonMapper.builder().build();
		MODEL.on("/v1/chat/completions", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			if (DOWN.get()) {
				StubHttpServer.send(exchange, 500, "application/json", "{\"error\":\"down\"}");
				return;
			}
			StubHttpServer.send(exchange, 200, "application/json", json.writeValueAsString(Map.of("choices",
					List.of(Map.of("message", Map.of("role", "assistant", "content", DeepResearchStageTests.VALID),
							"finish_reason", "stop")),
					"usage", Map.of("prompt_tokens", 900, "completion_tokens", 120))));
		});
		SITE.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html",
				"<html><body><h1>Precision parts since 1987</h1></body></html>"));
	}

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		String provider = "leadline.outbound.providers.stubai.";
		registry.add(provider + "api", () -> "openai");
		registry.add(provider + "base-url", () -> MODEL.uri("/").toString());
		registry.add(provider + "model", () -> "stub-model");
		registry.add(provider + "rate-per-second", () -> "1000");
		registry.add(provider + "max-attempts", () -> "1");
		registry.add(provider + "breaker-window", () -> "4");
		registry.add(provider + "cost-per-call", () -> "0.002");
		registry.add("leadline.enrichment.research.providers", () -> "stubai");
		registry.add("leadline.enrichment.research.concurrency", () -> "1");
	}

	@AfterAll
	static void stop() {
		MODEL.close();
		SITE.close();
	}

	@Autowired
	EnrichmentTestSupport enrichment;

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	DSLContext dsl;

	@Test
	void validAnswersAreChargedOnceWithTokensAndAnOpenBreakerSkipsTheRestFree() {
		long tenant = this.platform.aTenant();
		companies(tenant, 20);
		this.enrichment.topUp(tenant, 10_000);

		long run = this.enrichment.start(tenant, research());
		this.enrichment.awaitEnd(run, JobRunStatus.COMPLETED);

		EnrichmentRunRecord done = this.enrichment.run(tenant, run);
		assertThat(done.getFound()).isEqualTo(20);
		assertThat(done.getCharged()).isEqualTo(200);
		assertThat(done.getTokens()).as("tokens of every answer, summed on the run").isEqualTo(20 * (900 + 120));
		assertThat(done.getProviderCalls()).as("a homepage and a model call per company").isEqualTo(40);
		assertThat(done.getProviderCost()).isEqualByComparingTo("0.040");
		assertThat(MODEL.requests("/v1/chat/completions")).isEqualTo(20);

		DOWN.set(true);
		long failing = this.platform.aTenant();
		companies(failing, 20);
		this.enrichment.topUp(failing, 10_000);
		long second = this.enrichment.start(failing, research());
		this.enrichment.awaitEnd(second, JobRunStatus.COMPLETED);

		EnrichmentRunRecord skipped = this.enrichment.run(failing, second);
		assertThat(skipped.getFailed()).isEqualTo(20);
		assertThat(skipped.getCharged()).as("no answer, no charge").isZero();
		assertThat(MODEL.requests("/v1/chat/completions")).as("the breaker stopped sending after a few failures")
			.isLessThanOrEqualTo(20 + 4);
		int open = this.platform.as(failing,
				() -> this.dsl.fetchCount(ENRICHMENT_ITEM, ENRICHMENT_ITEM.TENANT_ID.eq(failing),
						ENRICHMENT_ITEM.RUN_ID.eq(second),
						ENRICHMENT_ITEM.REASON.contains("circuit breaker of stubai is open")));
		assertThat(open).isGreaterThanOrEqualTo(16);
		int modelCalls = this.platform.as(failing, () -> this.dsl.fetchCount(PROVIDER_CALL,
				PROVIDER_CALL.TENANT_ID.eq(failing), PROVIDER_CALL.PROVIDER.eq("stubai")));
		assertThat(modelCalls).isEqualTo(MODEL.requests("/v1/chat/completions") - 20);
		assertThat(this.platform.as(failing,
				() -> this.dsl.select(DSL.sum(PROVIDER_CALL.COST))
					.from(PROVIDER_CALL)
					.where(PROVIDER_CALL.TENANT_ID.eq(failing))
					.fetchOne(0, java.math.BigDecimal.class)))
			.isEqualByComparingTo("0");
	}

	private static EnrichmentRequest research() {
		return new EnrichmentRequest(DeepResearchStage.NAME, EnrichmentSelection.everything(), false, null);
	}

	private void companies(long tenant, int count) {
		this.platform.as(tenant, () -> this.dsl.execute("INSERT INTO company (tenant_id, name, website) SELECT "
				+ tenant + ", 'Company ' || g, '" + SITE.uri("/") + "' FROM generate_series(1, " + count + ") g"));
	}

}
