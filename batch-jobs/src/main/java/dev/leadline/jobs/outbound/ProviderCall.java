package dev.leadline.jobs.outbound;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One call to a provider, as recorded: every attempt is one.
 *
 * @param status the HTTP status, or null when none came (timeout, refusal)
 * @param outcome {@code ok}, {@code http-error}, {@code rate-limited}, {@code timeout},
 * {@code failed} or {@code refused}
 * @param cost what the provider bills for it (only answered calls cost)
 * @param inputTokens a language model's input tokens, or null
 * @param outputTokens a language model's output tokens, or null
 */
public record ProviderCall(String provider, int attempt, Integer status, String outcome, long latencyMillis,
		BigDecimal cost, Instant calledAt, Integer inputTokens, Integer outputTokens) {

	/** The same call with the token counts the answer reported. */
	public ProviderCall withTokens(Integer input, Integer output) {
		return new ProviderCall(this.provider, this.attempt, this.status, this.outcome, this.latencyMillis, this.cost,
				this.calledAt, input, output);
	}

}
