package dev.leadline.api.system.ratelimit;

import dev.leadline.api.system.problems.ApiException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A caller used up a rate limit; answered 429 with Retry-After and RateLimit headers. */
public class RateLimitExceededException extends ApiException {

	private final RateLimiter.Decision decision;

	public RateLimitExceededException(RateLimiter.Decision decision) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
				"Too many requests (limit '" + decision.policy() + "': " + decision.limit().requests() + " per "
						+ decision.limit().per().toSeconds() + " s). Try again in " + decision.retryAfterSeconds()
						+ " s.");
		this.decision = decision;
	}

	public RateLimiter.Decision decision() {
		return decision;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("retryAfterSeconds", decision.retryAfterSeconds());
	}

	@Override
	public HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
		headers.set("RateLimit-Policy", decision.policyHeader());
		headers.set("RateLimit", decision.stateHeader());
		return headers;
	}

}
