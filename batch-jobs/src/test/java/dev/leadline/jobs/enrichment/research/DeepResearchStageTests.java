package dev.leadline.jobs.enrichment.research;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.leadline.db.jooq.tables.records.CompanyRecord;
import dev.leadline.jobs.enrichment.ItemResult;
import dev.leadline.jobs.outbound.FetchLimits;
import dev.leadline.jobs.outbound.GuardedFetcher;
import dev.leadline.jobs.outbound.ProviderCall;
import dev.leadline.jobs.outbound.ProviderSettings;
import dev.leadline.jobs.outbound.Providers;
import dev.leadline.jobs.outbound.StubHttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deep research stage against stub model servers on loopback (Anthropic's Messages
 * API and an OpenAI-compatible endpoint): valid, malformed, partial, refused and slow
 * answers, the waterfall, the token budget.
 */
class DeepResearchStageTests {

	static final String VALID = """
			{"industry": "Manufacturing & industrial", "employeeRange": "51-200", "businessModel": "B2B",
			 "summary": "Muster Maschinenbau makes precision parts for automotive and medical technology.",
			 "fitScore": 82, "fitReasons": ["Mid-sized German manufacturer", "Uses HubSpot already"]}""";

	static final String PARTIAL = """
			{"industry": "Manufacturing & industrial", "employeeRange": "about 100", "businessModel": "B2B",
			 "summary": "Makes parts."}""";

	private final StubHttpServer claude = new StubHttpServer();

	private final StubHttpServer local = new StubHttpServer();

	private final StubHttpServer site = new StubHttpServer();

	private final List<String> claudeRequests = new CopyOnWriteArrayList<>();

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void stop() {
		this.claude.close();
		this.local.close();
		this.site.close();
	}

	@Test
	void aValidAnswerIsFoundWithItsTokensAndTheTenantsIdealCustomerWasAsked() {
		answerClaude(anthropic(VALID, "end_turn"));

		ItemResult result = stage(8000, "claude").enrich(company(), "Mid-sized manufacturers in DACH");

		assertThat(result.outcome()).as(result.reason()).isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(result.fields().get("industryClass").value()).isEqualTo("Manufacturing & industrial");
		assertThat(result.fields().get("employeeRange").value()).isEqualTo("51-200");
		assertThat(result.fields().get("businessModel").value()).isEqualTo("B2B");
		assertThat(result.fields().get("fitScore").value()).isEqualTo(82);
		assertThat(result.fields().get("fitReasons").value())
			.isEqualTo(List.of("Mid-sized German manufacturer", "Uses HubSpot already"));
		assertThat(result.fields().get("summary").provider()).isEqualTo("claude");
		assertThat(result.calls()).extracting(ProviderCall::provider).containsExactly("website", "claude");
		ProviderCall call = result.calls().get(1);
		assertThat(call.inputTokens()).isEqualTo(1200);
		assertThat(call.outputTokens()).isEqualTo(150);
		assertThat(call.cost()).isEqualByComparingTo("0.01");
		assertThat(this.claudeRequests).singleElement()
			.satisfies((body) -> assertThat(body).contains("Mid-sized manufacturers in DACH")
				.contains("Präzision seit 1987")
				.contains("\\\"technologies\\\":[\\\"HubSpot\\\"]")
				.contains("\"model\":\"claude-test\""));
	}

	@Test
	void aMalformedAnswerIsAskedAgainOnceWithTheValidationErrors() {
		AtomicInteger round = new AtomicInteger();
		answerClaude((exchange) -> StubHttpServer.send(exchange, 200, "application/json",
				(round.incrementAndGet() == 1) ? anthropic("Sure! The company makes parts.", "end_turn")
						: anthropic("```json\n" + VALID + "\n```", "end_turn")));

		ItemResult result = stage(8000, "claude").enrich(company(), null);

		assertThat(result.outcome()).as(result.reason()).isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(this.claudeRequests).hasSize(2);
		assertThat(this.claudeRequests.get(1)).contains("does not validate: the answer holds no JSON object")
			.contains("Sure! The company makes parts.");
	}

	@Test
	void aPartialAnswerTwiceFallsToTheNextProviderWhichAloneIsTheSource() {
		answerClaude(anthropic(PARTIAL, "end_turn"));
		this.local.on("/v1/chat/completions",
				(exchange) -> StubHttpServer.send(exchange, 200, "application/json", openai(VALID, null)));

		ItemResult result = stage(8000, "claude", "local").enrich(company(), null);

		assertThat(result.outcome()).as(result.reason()).isEqualTo(ItemResult.Outcome.FOUND);
		assertThat(result.fields().values()).allSatisfy((value) -> assertThat(value.provider()).isEqualTo("local"));
		assertThat(this.claudeRequests).hasSize(2);
		assertThat(this.claudeRequests.get(1)).contains("employeeRange must be one of")
			.contains("fitScore must be an integer");
		assertThat(this.local.requests("/v1/chat/completions")).isEqualTo(1);
		assertThat(result.calls()).extracting(ProviderCall::provider)
			.containsExactly("website", "claude", "claude", "local");
	}

	@Test
	void refusalsAreNotAskedAgainAndWithoutAValidAnswerTheItemFailsFree() {
		answerClaude(anthropic("", "refusal"));
		this.local.on("/v1/chat/completions", (exchange) -> StubHttpServer.send(exchange, 200, "application/json",
				openai(null, "I can't help with that.")));

		ItemResult result = stage(8000, "claude", "local").enrich(company(), null);

		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.FAILED);
		assertThat(result.reason()).contains("claude refused").contains("local refused: I can't help with that.");
		assertThat(result.fields()).isEmpty();
		assertThat(this.claudeRequests).hasSize(1);
	}

	@Test
	void slowAnswersTimeOutAreRetriedAndThenFail() {
		answerClaude((exchange) -> {
			Thread.sleep(1500);
			StubHttpServer.send(exchange, 200, "application/json", anthropic(VALID, "end_turn"));
		});

		ItemResult result = stage(8000, "claude").enrich(company(), null);

		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.FAILED);
		assertThat(result.reason()).contains("claude failed 2 times").contains("Timed out");
		assertThat(result.calls()).filteredOn((call) -> call.provider().equals("claude"))
			.extracting(ProviderCall::outcome)
			.containsExactly("timeout", "timeout");
	}

	@Test
	void theTokenBudgetEndsTheRetries() {
		answerClaude(anthropic("not json", "end_turn"));

		ItemResult result = stage(900, "claude").enrich(company(), null);

		assertThat(result.outcome()).isEqualTo(ItemResult.Outcome.FAILED);
		assertThat(result.reason()).contains("token budget of 900");
		assertThat(this.claudeRequests).hasSize(1);
	}

	@Test
	void withoutAConfiguredModelTheStageIsUnavailable() {
		assertThat(stage(8000).unavailableReason())
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("No language model is configured"));
		assertThat(stage(8000, "claude").unavailableReason()).isEmpty();
	}

	private DeepResearchStage stage(int tokenBudget, String... waterfall) {
		GuardedFetcher fetcher = new GuardedFetcher(
				new FetchLimits(Duration.ofSeconds(1), Duration.ofMillis(700), Duration.ofSeconds(1), 1 << 20, 5, true),
				(host) -> {
					throw new java.net.UnknownHostException(host);
				});
		Map<String, ProviderSettings> settings = new LinkedHashMap<>();
		settings.put("claude", settings(this.claude, "anthropic", "k-123"));
		settings.put("local", settings(this.local, "openai", null));
		return new DeepResearchStage(new ResearchStageProperties(List.of(waterfall), 10, tokenBudget, 800, 6000, 2),
				new Providers(fetcher, settings), (tenant) -> null, this.json);
	}

	private static ProviderSettings settings(StubHttpServer server, String api, String key) {
		return new ProviderSettings(server.uri("/"), key, api, api.equals("anthropic") ? "claude-test" : "local-model",
				100, 2, new BigDecimal("0.01"), 2, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5),
				20, 50, Duration.ofMinutes(1));
	}

	private void answerClaude(String body) {
		answerClaude((exchange) -> StubHttpServer.send(exchange, 200, "application/json", body));
	}

	private void answerClaude(StubHttpServer.Handler handler) {
		this.claude.on("/v1/messages", (exchange) -> {
			record(exchange);
			handler.handle(exchange);
		});
	}

	private void record(HttpExchange exchange) throws IOException {
		assertThat(exchange.getRequestHeaders().getFirst("x-api-key")).isEqualTo("k-123");
		this.claudeRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
	}

	private String anthropic(String text, String stopReason) {
		return this.json
			.writeValueAsString(Map.of("type", "message", "content", List.of(Map.of("type", "text", "text", text)),
					"stop_reason", stopReason, "usage", Map.of("input_tokens", 1200, "output_tokens", 150)));
	}

	private String openai(String content, String refusal) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("role", "assistant");
		message.put("content", content);
		message.put("refusal", refusal);
		return this.json.writeValueAsString(
				Map.of("choices", List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")), "usage",
						Map.of("prompt_tokens", 900, "completion_tokens", 120)));
	}

	private CompanyRecord company() {
		this.site.on("/", (exchange) -> StubHttpServer.send(exchange, 200, "text/html",
				"<html><body><h1>Präzision seit 1987</h1><p>Wir liefern weltweit.</p></body></html>"));
		CompanyRecord company = DSL.using(SQLDialect.POSTGRES).newRecord(COMPANY);
		company.setId(11L);
		company.setTenantId(1L);
		company.setName("Muster Maschinenbau GmbH");
		company.setWebsite(this.site.uri("/").toString());
		company.setEnrichment(JSONB.valueOf("""
				{"technologies": {"value": ["HubSpot"], "source": "company/website"},
				 "description": {"value": "Präzisionsteile", "source": "company/website"}}"""));
		return company;
	}

}
