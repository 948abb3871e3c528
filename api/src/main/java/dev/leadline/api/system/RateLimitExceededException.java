package dev.leadline.api.system;

/** A caller used up a rate limit; answered 429 with Retry-After and RateLimit headers. */
public class RateLimitExceededException extends RuntimeException {

    private final RateLimiter.Decision decision;

    public RateLimitExceededException(RateLimiter.Decision decision) {
        super("Rate limit '" + decision.policy() + "' exceeded");
        this.decision = decision;
    }

    public RateLimiter.Decision decision() {
        return decision;
    }
}
