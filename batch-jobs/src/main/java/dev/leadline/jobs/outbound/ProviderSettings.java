package dev.leadline.jobs.outbound;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One outside provider, configured rather than coded
 * ({@code leadline.outbound.providers.<name>.*}).
 *
 * @param baseUrl the API's address (a stub on loopback in tests)
 * @param apiKey the credential, from the environment (e.g.
 * {@code LEADLINE_ANTHROPIC_API_KEY}); empty: the provider is not configured, unless it
 * needs none
 * @param api how it is spoken to: {@code anthropic} (the Messages API), {@code openai}
 * (any OpenAI-compatible chat completions endpoint, a local model server too) or
 * {@code http}
 * @param model the model asked, for language-model providers
 * @param ratePerSecond the most calls per second, spaced evenly
 * @param concurrency the most calls in flight at once
 * @param costPerCall what one answered call costs us (in US dollars), recorded per call
 * @param maxAttempts attempts per request, the first included, on 429, 5xx and timeouts
 * @param backoff the first retry's wait; each next doubles, with jitter
 * @param maxBackoff the longest computed wait
 * @param maxRetryAfter the longest Retry-After honoured; a longer one ends the attempts
 * @param breakerWindow the calls the circuit breaker judges the failure rate over
 * @param breakerFailureRate the failure rate (percent) that opens the breaker
 * @param breakerOpenFor how long an open breaker skips calls before trying again
 */
public record ProviderSettings(URI baseUrl, String apiKey, @DefaultValue("http") String api, String model,
		@DefaultValue("10") double ratePerSecond, @DefaultValue("8") int concurrency,
		@DefaultValue("0") BigDecimal costPerCall, @DefaultValue("4") int maxAttempts,
		@DefaultValue("500ms") Duration backoff, @DefaultValue("10s") Duration maxBackoff,
		@DefaultValue("60s") Duration maxRetryAfter, @DefaultValue("20") int breakerWindow,
		@DefaultValue("50") int breakerFailureRate, @DefaultValue("30s") Duration breakerOpenFor) {

	public boolean hasApiKey() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

	@Override
	public String toString() {
		return "ProviderSettings[baseUrl=" + this.baseUrl + ", model=" + this.model + ", apiKey="
				+ (hasApiKey() ? "(set)" : "(none)") + "]";
	}

}
