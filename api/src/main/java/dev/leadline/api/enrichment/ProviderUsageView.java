package dev.leadline.api.enrichment;

import java.math.BigDecimal;

/**
 * What one outside provider did for a run: its calls (every attempt counts), how they
 * went, how long they took, what they cost us and, for language models, the tokens.
 *
 * @param ok calls answered with a usable reply
 * @param rateLimited calls the provider refused as too many (429)
 * @param failed every other call: HTTP errors, timeouts, refusals by the outbound guard
 * @param cost what the calls cost, in the provider's currency as configured
 */
public record ProviderUsageView(String provider, long calls, long ok, long rateLimited, long failed, BigDecimal cost,
		long averageLatencyMs, long p95LatencyMs, long inputTokens, long outputTokens) {
}
