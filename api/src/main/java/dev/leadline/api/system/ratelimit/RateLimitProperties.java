package dev.leadline.api.system.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits, shared by every process through PostgreSQL-backed buckets (defaults in
 * application.yml).
 *
 * @param enabled switch for all limits
 * @param reads per tenant: GET and HEAD requests
 * @param writes per tenant: POST, PUT, PATCH, DELETE requests
 * @param uploads per tenant: multipart uploads
 * @param jobTriggers per tenant: requests that start, restart or stop jobs
 * @param anonymous per client address: requests without a session (status, refresh, JWKS)
 * @param loginPerAddress per client address: login attempts
 * @param loginPerAccountAndAddress per e-mail address and client address: login attempts,
 * against password guessing; an attacker exhausting it locks out only their own address
 * @param loginPerAccount per e-mail address from every client address together: a higher,
 * slower limit against guessing spread over many addresses
 * @param jobTriggerPaths Ant-style paths counted as job triggers
 */
@ConfigurationProperties("leadline.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit reads, Limit writes, Limit uploads,
		Limit jobTriggers, Limit anonymous, Limit loginPerAddress, Limit loginPerAccountAndAddress,
		Limit loginPerAccount, @DefaultValue( {
				"/api/v1/**/start", "/api/v1/jobs/*/restart", "/api/v1/jobs/*/stop", "/api/v1/jobs/*/abandon",
				"/api/v1/enrichment-runs", "/api/v1/reports" }) List<String> jobTriggerPaths){

	/**
	 * @param requests how many
	 * @param per in what window (refilled gradually)
	 */
	public record Limit(int requests, Duration per) {
	}
}
