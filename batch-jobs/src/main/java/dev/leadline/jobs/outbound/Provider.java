package dev.leadline.jobs.outbound;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One configured provider at run time: calls go through its rate limiter (evenly spaced),
 * its bulkhead (concurrency), its circuit breaker, and the {@link GuardedFetcher}. 429,
 * 5xx and timeouts are retried with exponential backoff and jitter, honouring
 * Retry-After; other 4xx are answers. Every attempt is added to the caller's
 * {@link ProviderCalls}; while the breaker is open nothing is sent.
 */
public class Provider {

	private final String name;

	private final ProviderSettings settings;

	private final GuardedFetcher fetcher;

	private final RateLimiter rateLimiter;

	private final Bulkhead bulkhead;

	private final CircuitBreaker breaker;

	/**
	 * @throws IllegalArgumentException for a rate, concurrency or attempts below one
	 */
	public Provider(String name, ProviderSettings settings, GuardedFetcher fetcher) {
		if (settings.ratePerSecond() <= 0 || settings.concurrency() < 1 || settings.maxAttempts() < 1) {
			throw new IllegalArgumentException(
					"Provider " + name + ": rate-per-second, concurrency and max-attempts must be positive");
		}
		this.name = name;
		this.settings = settings;
		this.fetcher = fetcher;
		this.rateLimiter = RateLimiter.of(name,
				RateLimiterConfig.custom()
					.limitForPeriod(1)
					.limitRefreshPeriod(Duration.ofNanos((long) (1_000_000_000L / settings.ratePerSecond())))
					.timeoutDuration(Duration.ofMinutes(10))
					.build());
		this.bulkhead = Bulkhead.of(name,
				BulkheadConfig.custom()
					.maxConcurrentCalls(settings.concurrency())
					.maxWaitDuration(Duration.ofMinutes(10))
					.build());
		this.breaker = CircuitBreaker.of(name,
				CircuitBreakerConfig.custom()
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(settings.breakerWindow())
					.minimumNumberOfCalls(Math.max(1, settings.breakerWindow() / 2))
					.failureRateThreshold(settings.breakerFailureRate())
					.waitDurationInOpenState(settings.breakerOpenFor())
					.permittedNumberOfCallsInHalfOpenState(2)
					.build());
	}

	public String name() {
		return this.name;
	}

	public ProviderSettings settings() {
		return this.settings;
	}

	/** The breaker's state, e.g. {@code CLOSED} or {@code OPEN}. */
	public String circuitState() {
		return this.breaker.getState().name();
	}

	/**
	 * Sends the request, retrying as configured.
	 * @return the answer: 2xx, or a 4xx other than 429 (the caller's to read)
	 * @throws ProviderUnavailableException when the breaker is open, the guard refused
	 * the call, or every attempt failed
	 */
	public FetchResponse call(FetchRequest request, ProviderCalls calls) {
		String last = null;
		for (int attempt = 1; attempt <= this.settings.maxAttempts(); attempt++) {
			if (!this.breaker.tryAcquirePermission()) {
				throw new ProviderUnavailableException(this.name, true, "Skipped: the circuit breaker of " + this.name
						+ " is open after repeated failures (" + ((last != null) ? last : "earlier calls") + ")", null);
			}
			Attempt result = attempt(request, attempt, calls);
			if (result.response() != null) {
				return result.response();
			}
			last = result.failure();
			if (attempt == this.settings.maxAttempts()) {
				break;
			}
			Duration wait = (result.retryAfter() != null) ? result.retryAfter() : backoff(attempt);
			if (wait.compareTo(this.settings.maxRetryAfter()) > 0) {
				throw new ProviderUnavailableException(this.name, false,
						this.name + " asked to wait " + wait.toSeconds() + " s, longer than allowed: " + last, null);
			}
			sleep(wait);
		}
		throw new ProviderUnavailableException(this.name, false,
				this.name + " failed " + this.settings.maxAttempts() + " times: " + last, null);
	}

	/** One attempt: an answer to return, or why not and how long to wait. */
	private record Attempt(FetchResponse response, String failure, Duration retryAfter) {
	}

	private Attempt attempt(FetchRequest request, int attempt, ProviderCalls calls) {
		try {
			this.rateLimiter.acquirePermission();
			this.bulkhead.acquirePermission();
		}
		catch (RequestNotPermitted | BulkheadFullException ex) {
			this.breaker.releasePermission();
			throw new ProviderUnavailableException(this.name, false,
					"Waited too long for a turn to call " + this.name + " (rate limit or concurrency)", ex);
		}
		long started = System.nanoTime();
		Instant at = Instant.now();
		try {
			FetchResponse response = this.fetcher.fetch(request);
			long latency = elapsed(started);
			int status = response.status();
			if (status == 429) {
				this.breaker.releasePermission();
				calls.add(call(attempt, status, "rate-limited", latency, at));
				return new Attempt(null, "HTTP 429", RetryAfter.parse(response.header("retry-after")));
			}
			if (status >= 500) {
				this.breaker.onError(latency, TimeUnit.MILLISECONDS, new IllegalStateException("HTTP " + status));
				calls.add(call(attempt, status, "http-error", latency, at));
				return new Attempt(null, "HTTP " + status, RetryAfter.parse(response.header("retry-after")));
			}
			this.breaker.onSuccess(latency, TimeUnit.MILLISECONDS);
			calls.add(call(attempt, status, response.successful() ? "ok" : "http-error", latency, at));
			return new Attempt(response, null, null);
		}
		catch (FetchFailedException ex) {
			long latency = elapsed(started);
			this.breaker.onError(latency, TimeUnit.MILLISECONDS, ex);
			calls.add(call(attempt, null, ex.timedOut() ? "timeout" : "failed", latency, at));
			return new Attempt(null, ex.getMessage(), null);
		}
		catch (FetchRefusedException ex) {
			this.breaker.releasePermission();
			calls.add(call(attempt, null, "refused", elapsed(started), at));
			throw new ProviderUnavailableException(this.name, false,
					"The call to " + this.name + " was refused (" + ex.reason().code() + "): " + ex.getMessage(), ex);
		}
		finally {
			this.bulkhead.onComplete();
		}
	}

	private ProviderCall call(int attempt, Integer status, String outcome, long latency, Instant at) {
		BigDecimal cost = "ok".equals(outcome) ? this.settings.costPerCall() : BigDecimal.ZERO;
		return new ProviderCall(this.name, attempt, status, outcome, latency, cost, at, null, null);
	}

	/** Exponential with equal jitter: half the step fixed, half random. */
	Duration backoff(int attempt) {
		long step = Math.min(this.settings.maxBackoff().toMillis(),
				this.settings.backoff().toMillis() << Math.min(20, attempt - 1));
		long half = step / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderUnavailableException("interrupted", false, "Interrupted while waiting to retry", ex);
		}
	}

}
