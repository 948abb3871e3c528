package dev.leadline.jobs.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After, the circuit breaker and call records against a stub provider. */
class ProviderTests {

	private final StubHttpServer stub = new StubHttpServer();

	private final GuardedFetcher fetcher = new GuardedFetcher(
			new FetchLimits(Duration.ofSeconds(1), Duration.ofMillis(400), Duration.ofSeconds(2), 1 << 20, 5, true),
			(host) -> {
				throw new java.net.UnknownHostException(host);
			});

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void threeServiceUnavailablesThenASuccessAreFourAttempts() {
		AtomicInteger calls = new AtomicInteger();
		this.stub.on("/v1/find", (exchange) -> {
			if (calls.incrementAndGet() <= 3) {
				StubHttpServer.send(exchange, 503, "text/plain", "busy");
			}
			else {
				StubHttpServer.send(exchange, 200, "application/json", "{\"ok\":true}");
			}
		});
		ProviderCalls record = new ProviderCalls();

		FetchResponse response = provider(4, 20).call(request("/v1/find"), record);

		assertThat(response.text()).isEqualTo("{\"ok\":true}");
		assertThat(this.stub.requests("/v1/find")).isEqualTo(4);
		assertThat(record.all()).extracting(ProviderCall::status).containsExactly(503, 503, 503, 200);
		assertThat(record.all()).extracting(ProviderCall::attempt).containsExactly(1, 2, 3, 4);
		assertThat(record.all()).extracting(ProviderCall::cost)
			.containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.002"));
	}

	@Test
	void everyAttemptIsCountedByProviderAndOutcomeWithItsLatencyAndCost() {
		AtomicInteger calls = new AtomicInteger();
		this.stub.on("/v1/find", (exchange) -> {
			if (calls.incrementAndGet() <= 2) {
				StubHttpServer.send(exchange, 503, "text/plain", "busy");
			}
			else {
				StubHttpServer.send(exchange, 200, "application/json", "{}");
			}
		});
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ProviderCalls record = new ProviderCalls(new ProviderMetrics(registry));

		provider(4, 20).call(request("/v1/find"), record);
		record.replaceLast(record.last().withTokens(120, 30));

		assertThat(registry.get("leadline.provider.calls")
			.tags("provider", "stub", "outcome", "http-error")
			.counter()
			.count()).isEqualTo(2);
		assertThat(registry.get("leadline.provider.calls").tags("provider", "stub", "outcome", "ok").counter().count())
			.isEqualTo(1);
		assertThat(registry.get("leadline.provider.latency").tag("provider", "stub").timer().count()).isEqualTo(3);
		assertThat(registry.get("leadline.provider.cost").tag("provider", "stub").counter().count()).isEqualTo(0.002,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(registry.get("leadline.provider.tokens")
			.tags("provider", "stub", "direction", "input")
			.counter()
			.count()).isEqualTo(120);
	}

	@Test
	void aTooManyRequestsWithRetryAfterIsWaitedOut() {
		AtomicInteger calls = new AtomicInteger();
		this.stub.on("/v1/find", (exchange) -> {
			if (calls.incrementAndGet() == 1) {
				exchange.getResponseHeaders().set("Retry-After", "1");
				StubHttpServer.send(exchange, 429, "application/json", "{\"error\":\"slow down\"}");
			}
			else {
				StubHttpServer.send(exchange, 200, "application/json", "{}");
			}
		});
		long started = System.nanoTime();

		provider(4, 20).call(request("/v1/find"), new ProviderCalls());

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
		assertThat(this.stub.requests("/v1/find")).isEqualTo(2);
	}

	@Test
	void otherClientErrorsAreAnswersAndNotRetried() {
		this.stub.on("/v1/find", (exchange) -> StubHttpServer.send(exchange, 404, "application/json", "{}"));
		ProviderCalls record = new ProviderCalls();

		FetchResponse response = provider(4, 20).call(request("/v1/find"), record);

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.stub.requests("/v1/find")).isEqualTo(1);
		assertThat(record.all()).singleElement().satisfies((call) -> {
			assertThat(call.outcome()).isEqualTo("http-error");
			assertThat(call.cost()).isZero();
		});
	}

	@Test
	void timeoutsAreRetriedAndThenGivenUp() {
		this.stub.on("/v1/slow", (exchange) -> Thread.sleep(1500));
		ProviderCalls record = new ProviderCalls();

		assertThatThrownBy(() -> provider(2, 20).call(request("/v1/slow"), record))
			.isInstanceOfSatisfying(ProviderUnavailableException.class, (ex) -> assertThat(ex.circuitOpen()).isFalse())
			.hasMessageContaining("failed 2 times");
		assertThat(record.all()).extracting(ProviderCall::outcome).containsExactly("timeout", "timeout");
	}

	@Test
	void anOpenBreakerSkipsCallsWithoutSendingThem() {
		this.stub.on("/v1/find", (exchange) -> StubHttpServer.send(exchange, 500, "text/plain", "down"));
		Provider provider = provider(1, 4);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> provider.call(request("/v1/find"), new ProviderCalls()))
				.isInstanceOf(ProviderUnavailableException.class);
		}
		int sent = this.stub.requests("/v1/find");
		ProviderCalls record = new ProviderCalls();

		assertThatThrownBy(() -> provider.call(request("/v1/find"), record))
			.isInstanceOfSatisfying(ProviderUnavailableException.class, (ex) -> assertThat(ex.circuitOpen()).isTrue())
			.hasMessageContaining("circuit breaker of stub is open");
		assertThat(provider.circuitState()).isEqualTo("OPEN");
		assertThat(this.stub.requests("/v1/find")).isEqualTo(sent);
		assertThat(record.all()).isEmpty();
	}

	@Test
	void backoffGrowsExponentiallyWithJitterWithinItsCap() {
		Provider provider = provider(4, 20);

		assertThat(provider.backoff(1)).isBetween(Duration.ofMillis(5), Duration.ofMillis(10));
		assertThat(provider.backoff(3)).isBetween(Duration.ofMillis(20), Duration.ofMillis(40));
		assertThat(provider.backoff(12)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
	}

	private Provider provider(int attempts, int breakerWindow) {
		ProviderSettings settings = new ProviderSettings(this.stub.uri("/"), "key", "http", null, 1000, 4,
				new BigDecimal("0.002"), attempts, Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(5),
				breakerWindow, 50, Duration.ofMinutes(1));
		return new Provider("stub", settings, this.fetcher);
	}

	private FetchRequest request(String path) {
		URI uri = this.stub.uri(path);
		return FetchRequest.postJson(uri, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
	}

}
