package dev.leadline.jobs.outbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Every outside call as it happens, for Prometheus: calls by provider and outcome, their
 * latency, what they cost and the tokens language models reported. Providers are few (the
 * configured ones and {@code website}), outcomes a fixed set.
 */
public final class ProviderMetrics {

	/** Histogram buckets for percentiles: ten series per provider. */
	private static final Duration[] LATENCY_BUCKETS = { Duration.ofMillis(50), Duration.ofMillis(100),
			Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
			Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60) };

	/** Records nothing (unit tests, tools). */
	public static final ProviderMetrics NONE = new ProviderMetrics(null);

	private final MeterRegistry registry;

	public ProviderMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void called(ProviderCall call) {
		if (this.registry == null) {
			return;
		}
		Counter.builder("leadline.provider.calls")
			.description("Outside calls (every attempt) by provider and outcome")
			.tag("provider", call.provider())
			.tag("outcome", call.outcome())
			.register(this.registry)
			.increment();
		Timer.builder("leadline.provider.latency")
			.description("Latency of outside calls")
			.tag("provider", call.provider())
			.serviceLevelObjectives(LATENCY_BUCKETS)
			.register(this.registry)
			.record(Duration.ofMillis(call.latencyMillis()));
		if (call.cost() != null && call.cost().compareTo(BigDecimal.ZERO) > 0) {
			Counter.builder("leadline.provider.cost")
				.description("What outside calls cost us, in USD as configured per provider")
				.baseUnit("usd")
				.tag("provider", call.provider())
				.register(this.registry)
				.increment(call.cost().doubleValue());
		}
	}

	void reportedTokens(ProviderCall call) {
		if (this.registry == null) {
			return;
		}
		tokens(call.provider(), "input", call.inputTokens());
		tokens(call.provider(), "output", call.outputTokens());
	}

	private void tokens(String provider, String direction, Integer count) {
		if (count != null && count > 0) {
			Counter.builder("leadline.provider.tokens")
				.description("Tokens language models reported")
				.tag("provider", provider)
				.tag("direction", direction)
				.register(this.registry)
				.increment(count);
		}
	}

}
