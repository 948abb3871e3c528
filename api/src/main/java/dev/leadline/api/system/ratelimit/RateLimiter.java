package dev.leadline.api.system.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL ({@code rate_limit_bucket}), so a limit holds across every
 * process on the database. Buckets expire once full again, and are removed by
 * housekeeping.
 * <p>
 * {@link #consume} takes each token in its own transaction: exact, for writes, uploads,
 * job triggers and logins. {@link #consumeBatched} is for the tenant's reads, the most
 * frequent requests by far: a process keeps the bucket in memory and writes what it took
 * back to PostgreSQL every {@value #SYNC_SHARE}th of the limit or every
 * {@link #SYNC_INTERVAL}, whichever comes first (Bucket4j's delaying optimisation). One
 * process is still exact; several may together exceed the limit by that share each, in
 * exchange for no transaction per read (which also queued one tenant's concurrent reads
 * on its bucket row).
 */
@Component
public class RateLimiter {

	/**
	 * A batched bucket synchronises once this share of its limit (1/N) was taken locally.
	 */
	static final int SYNC_SHARE = 20;

	/** A batched bucket synchronises at least this often while it is used. */
	static final Duration SYNC_INTERVAL = Duration.ofSeconds(1);

	private final ProxyManager<String> buckets;

	/**
	 * Batched buckets by key and limit; keys are per tenant and request class, so they
	 * are few.
	 */
	private final Map<String, Bucket> batched = new ConcurrentHashMap<>();

	private final MeterRegistry registry;

	public RateLimiter(DataSource dataSource) {
		this(dataSource, new SimpleMeterRegistry());
	}

	@Autowired
	public RateLimiter(DataSource dataSource, ObjectProvider<MeterRegistry> registry) {
		this(dataSource, registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	private RateLimiter(DataSource dataSource, MeterRegistry registry) {
		this.registry = registry;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/** Takes one request from the bucket {@code key} governed by {@code limit}. */
	public Decision consume(String key, String policy, RateLimitProperties.Limit limit) {
		return decide(buckets.builder().build(key, () -> configuration(limit)).tryConsumeAndReturnRemaining(1), policy,
				limit);
	}

	/**
	 * Like {@link #consume}, synchronised with the other processes in batches (see the
	 * class comment). Only for keys from a small set (tenant and request class): each
	 * keeps a bucket in memory.
	 */
	public Decision consumeBatched(String key, String policy, RateLimitProperties.Limit limit) {
		Bucket bucket = batched.computeIfAbsent(key + "|" + limit.requests() + "/" + limit.per(),
				k -> buckets.builder()
					.withOptimization(Optimizations
						.delaying(new DelayParameters(Math.max(1, limit.requests() / SYNC_SHARE), SYNC_INTERVAL)))
					.build(key, () -> configuration(limit)));
		return decide(bucket.tryConsumeAndReturnRemaining(1), policy, limit);
	}

	private static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
		return BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
			.build();
	}

	private Decision decide(ConsumptionProbe probe, String policy, RateLimitProperties.Limit limit) {
		Counter.builder("leadline.ratelimit.requests")
			.description("Requests a rate limit let through or refused, by limit")
			.tag("limiter", policy)
			.tag("outcome", probe.isConsumed() ? "allowed" : "refused")
			.register(this.registry)
			.increment();
		long retryAfterSeconds = probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
		long resetSeconds = ceilSeconds(probe.getNanosToWaitForReset());
		return new Decision(probe.isConsumed(), policy, limit, probe.getRemainingTokens(), retryAfterSeconds,
				resetSeconds);
	}

	private static long ceilSeconds(long nanos) {
		return (nanos + 999_999_999L) / 1_000_000_000L;
	}

	/**
	 * The outcome of one attempt, with what the IETF RateLimit headers report.
	 *
	 * @param allowed whether the request may go on
	 * @param retryAfterSeconds when a refused caller may try again
	 * @param resetSeconds when the bucket is full again
	 */
	public record Decision(boolean allowed, String policy, RateLimitProperties.Limit limit, long remaining,
			long retryAfterSeconds, long resetSeconds) {

		/** {@code RateLimit-Policy} header value. */
		public String policyHeader() {
			return "\"" + policy + "\";q=" + limit.requests() + ";w=" + limit.per().toSeconds();
		}

		/** {@code RateLimit} header value. */
		public String stateHeader() {
			return "\"" + policy + "\";r=" + remaining + ";t=" + (allowed ? resetSeconds : retryAfterSeconds);
		}
	}

}
