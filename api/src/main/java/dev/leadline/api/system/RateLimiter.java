package dev.leadline.api.system;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL ({@code rate_limit_bucket}), so a limit holds across every process on the
 * database. Buckets expire once full again, and are removed by housekeeping.
 */
@Component
public class RateLimiter {

    private final ProxyManager<String> buckets;

    public RateLimiter(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one request from the bucket {@code key} governed by {@code limit}. */
    public Decision consume(String key, String policy, RateLimitProperties.Limit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.per()).build())
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
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
     * @param allowed           whether the request may go on
     * @param retryAfterSeconds when a refused caller may try again
     * @param resetSeconds      when the bucket is full again
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
