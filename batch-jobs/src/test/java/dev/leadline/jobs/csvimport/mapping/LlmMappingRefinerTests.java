package dev.leadline.jobs.csvimport.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.leadline.jobs.csvimport.SuggestedColumn;
import dev.leadline.jobs.csvimport.TargetField;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The language-model mapper against a local stub of Anthropic's Messages API. */
class LlmMappingRefinerTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private HttpServer stub;

	private final AtomicReference<String> requestBody = new AtomicReference<>();

	private final AtomicReference<String> apiKey = new AtomicReference<>();

	private volatile int status = 200;

	private volatile String answer;

	private volatile long delayMillis;

	private static final List<SuggestedColumn> SUGGESTED = List.of(
			new SuggestedColumn(0, "Email", TargetField.EMAIL, 0.99, "header"),
			new SuggestedColumn(1, "Rolle", TargetField.CUSTOM, 0.3, "unknown header"),
			new SuggestedColumn(2, "Kontakt", TargetField.CUSTOM, 0.3, "unknown header"),
			new SuggestedColumn(3, "Stadt", TargetField.CITY, 0.9, "header"));

	private static final List<List<String>> SAMPLE = List.of(List.of("a@x.io", "Head of Sales", "Ann Lee", "Berlin"),
			List.of("b@x.io", "CTO", "Bo Chen", "Paris"));

	@BeforeEach
	void startStub() throws IOException {
		stub = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		stub.createContext("/v1/messages", exchange -> {
			requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			apiKey.set(exchange.getRequestHeaders().getFirst("x-api-key"));
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] body = json
				.writeValueAsString(
						java.util.Map.of("content", List.of(java.util.Map.of("type", "text", "text", answer))))
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		stub.start();
	}

	@AfterEach
	void stopStub() {
		stub.stop(0);
	}

	@Test
	void asksAboutUnsureColumnsOnlyAndTakesSurerAnswers() {
		answer = "Here you go: {\"columns\":[{\"column\":1,\"field\":\"JOB_TITLE\",\"confidence\":0.92},"
				+ "{\"column\":2,\"field\":\"FULL_NAME\",\"confidence\":0.85}]}";

		List<SuggestedColumn> refined = refiner("key-123").refine(SUGGESTED, SAMPLE);

		assertThat(refined).extracting(SuggestedColumn::field)
			.containsExactly(TargetField.EMAIL, TargetField.JOB_TITLE, TargetField.FULL_NAME, TargetField.CITY);
		assertThat(refined.get(1).confidence()).isEqualTo(0.92);
		assertThat(refined.get(1).reason()).contains("language model");
		assertThat(apiKey.get()).isEqualTo("key-123");
		JsonNode request = json.readTree(requestBody.get());
		assertThat(request.path("model").asString()).isEqualTo("test-model");
		String prompt = request.path("messages").get(0).path("content").asString();
		assertThat(prompt).contains("header \"Rolle\", values [Head of Sales, CTO]", "header \"Kontakt\"")
			.doesNotContain("\"Email\"", "\"Stadt\"");
	}

	@Test
	void neverGivesAUniqueFieldTwice() {
		answer = "{\"columns\":[{\"column\":1,\"field\":\"EMAIL\",\"confidence\":0.95},"
				+ "{\"column\":2,\"field\":\"CITY\",\"confidence\":0.95}]}";

		assertThat(refiner("k").refine(SUGGESTED, SAMPLE)).extracting(SuggestedColumn::field)
			.containsExactly(TargetField.EMAIL, TargetField.CUSTOM, TargetField.CUSTOM, TargetField.CITY);
	}

	@Test
	void errorsTimeoutsAndNonsenseKeepTheHeuristicSuggestions() {
		answer = "{\"columns\":[{\"column\":1,\"field\":\"JOB_TITLE\",\"confidence\":0.9}]}";
		status = 529;
		assertThat(refiner("k").refine(SUGGESTED, SAMPLE)).isEqualTo(SUGGESTED);

		status = 200;
		answer = "I am not sure.";
		assertThat(refiner("k").refine(SUGGESTED, SAMPLE)).isEqualTo(SUGGESTED);

		answer = "{\"columns\":[{\"column\":1,\"field\":\"SHOE_SIZE\",\"confidence\":0.9}]}";
		assertThat(refiner("k").refine(SUGGESTED, SAMPLE)).isEqualTo(SUGGESTED);

		answer = "{\"columns\":[{\"column\":1,\"field\":\"JOB_TITLE\",\"confidence\":0.9}]}";
		delayMillis = 1_500;
		assertThat(refiner("k").refine(SUGGESTED, SAMPLE)).isEqualTo(SUGGESTED);
	}

	@Test
	void withoutAKeyNothingIsSent() {
		answer = "{\"columns\":[]}";

		assertThat(refiner("").refine(SUGGESTED, SAMPLE)).isEqualTo(SUGGESTED);
		assertThat(requestBody.get()).isNull();
	}

	private LlmMappingRefiner refiner(String key) {
		return new LlmMappingRefiner(
				new LlmMappingProperties(key, URI.create("http://localhost:" + stub.getAddress().getPort()),
						"test-model", Duration.ofMillis(700), 0.8),
				json,
				new dev.leadline.jobs.outbound.GuardedFetcher(
						dev.leadline.jobs.outbound.FetchLimits.defaults().withAllowLoopback(true),
						dev.leadline.jobs.outbound.HostResolver.SYSTEM));
	}

}
