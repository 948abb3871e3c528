package dev.leadline.api.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.PrometheusScrape;
import dev.leadline.TestAccounts;
import dev.leadline.db.DatabaseCoordinates;
import dev.leadline.db.tenancy.TenantScopedDataSource;
import dev.leadline.db.testing.TestDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@LeadlineIntegrationTest
@TestPropertySource(properties = { "leadline.rate-limit.reads.requests=5", "leadline.rate-limit.reads.per=1m",
		"leadline.rate-limit.login-per-account-and-address.requests=3",
		"leadline.rate-limit.login-per-account-and-address.per=15m", "leadline.rate-limit.login-per-account.requests=6",
		"leadline.rate-limit.login-per-account.per=1h" })
class RateLimitIntegrationTests {

	private static final String ATTACKER = "203.0.113.7";

	private static final String OWNER = "198.51.100.20";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RateLimiter limiter;

	HttpTestClient http;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void limitPlusOneRequestsGiveExactlyOne429WithRetryAfter() {
		String token = accounts.accessToken(http, accounts.aTenant().owner());
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			responses.add(http.get("/api/v1/me", token));
		}

		assertThat(responses.subList(0, 5)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
		HttpResponse<String> refused = responses.get(5);
		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		// 5 per minute refill one every 12 s.
		assertThat(retryAfter).isBetween(1L, 12L);
		assertThat(refused.headers().firstValue("RateLimit-Policy")).hasValue("\"reads\";q=5;w=60");
		assertThat(refused.headers().firstValue("RateLimit"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("\"reads\";r=0;t="));
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("too-many-requests");
		assertThat(responses.get(0).headers().firstValue("RateLimit"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("\"reads\";r=4;"));
	}

	@Test
	void refusalsAreCountedByLimiterOnTheManagementPort() {
		String token = accounts.accessToken(http, accounts.aTenant().owner());
		PrometheusScrape before = PrometheusScrape.of(managementPort);

		for (int i = 0; i < 7; i++) {
			http.get("/api/v1/me", token);
		}
		PrometheusScrape after = PrometheusScrape.of(managementPort);

		assertThat(after.value("leadline_ratelimit_requests_total", "limiter=reads", "outcome=refused")
				- before.value("leadline_ratelimit_requests_total", "limiter=reads", "outcome=refused"))
			.isEqualTo(2);
		assertThat(after.value("leadline_ratelimit_requests_total", "limiter=reads", "outcome=allowed")
				- before.value("leadline_ratelimit_requests_total", "limiter=reads", "outcome=allowed"))
			.isEqualTo(5);
	}

	@Test
	void oneTenantExhaustedDoesNotAffectAnother() {
		String tenantA = accounts.accessToken(http, accounts.aTenant().owner());
		String tenantB = accounts.accessToken(http, accounts.aTenant().owner());
		for (int i = 0; i < 6; i++) {
			http.get("/api/v1/me", tenantA);
		}

		assertThat(http.get("/api/v1/me", tenantA).statusCode()).isEqualTo(429);
		assertThat(http.get("/api/v1/me", tenantB).statusCode()).isEqualTo(200);
	}

	@Test
	void loginIsLimitedPerAccountAndAddress() {
		TestAccounts.User user = accounts.aTenant().owner();
		for (int i = 0; i < 3; i++) {
			assertThat(login(user, "wrong-password-here", ATTACKER).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = login(user, "wrong-password-here", ATTACKER);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("RateLimit-Policy"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("\"login-account-address\""));
		// The attacker's address waits even with the right password.
		assertThat(login(user, TestAccounts.PASSWORD, ATTACKER).statusCode()).isEqualTo(429);
	}

	@Test
	void anAttackerCannotLockTheOwnerOutOfTheirOwnAddress() {
		TestAccounts.User user = accounts.aTenant().owner();
		for (int i = 0; i < 5; i++) {
			login(user, "wrong-password-here", ATTACKER);
		}
		assertThat(login(user, "wrong-password-here", ATTACKER).statusCode()).isEqualTo(429);

		assertThat(login(user, TestAccounts.PASSWORD, OWNER).statusCode()).isEqualTo(200);
	}

	@Test
	void guessingFromManyAddressesMeetsTheAccountWideLimit() {
		TestAccounts.User user = accounts.aTenant().owner();
		for (int i = 0; i < 6; i++) {
			assertThat(login(user, "wrong-password-here", "203.0.113." + (10 + i)).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = login(user, "wrong-password-here", "203.0.113.99");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("RateLimit-Policy"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("\"login-account\";q=6;w=3600"));
	}

	/**
	 * A sign-in from {@code address}: the test server trusts X-Forwarded-For from
	 * loopback.
	 */
	private HttpResponse<String> login(TestAccounts.User user, String password, String address) {
		return http.send(HttpRequest.newBuilder(http.uri("/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"email\":\"" + user.email() + "\",\"password\":\"" + password + "\"}"))
			.build());
	}

	@Test
	void batchedReadsOfTwoProcessesShareALimitWithinTheirSyncShare() {
		try (OtherProcess other = new OtherProcess()) {
			RateLimiter otherProcess = other.limiter;
			RateLimitProperties.Limit limit = new RateLimitProperties.Limit(200, Duration.ofHours(1));
			String key = "batched-test:" + UUID.randomUUID();
			long share = limit.requests() / RateLimiter.SYNC_SHARE;

			int allowedHere = 0;
			while (limiter.consumeBatched(key, "reads", limit).allowed()) {
				allowedHere++;
			}
			int allowedThere = 0;
			while (otherProcess.consumeBatched(key, "reads", limit).allowed()) {
				allowedThere++;
			}

			// One process alone is exact; the other sees all but what the first took
			// since its last write-back.
			assertThat(allowedHere).isEqualTo(200);
			assertThat(allowedThere).isBetween(0, (int) share);
			// What both took reached PostgreSQL: an exact request finds the bucket empty.
			assertThat(limiter.consume(key, "reads", limit).allowed()).isFalse();
		}
	}

	@Test
	void batchedReadsAreWrittenBackInBatchesNotOneByOne() {
		try (OtherProcess other = new OtherProcess()) {
			RateLimiter otherProcess = other.limiter;
			RateLimitProperties.Limit limit = new RateLimitProperties.Limit(200, Duration.ofHours(1));
			String key = "batched-test:" + UUID.randomUUID();
			for (int i = 0; i < 5; i++) {
				assertThat(limiter.consumeBatched(key, "reads", limit).allowed()).isTrue();
			}

			// Fewer than a sync share (10) taken within a second: PostgreSQL has not seen
			// them all yet.
			long remaining = otherProcess.consume(key, "reads", limit).remaining();

			assertThat(remaining).isGreaterThan(200 - 5 - 1);
		}
	}

	@Test
	void twoProcessesOnOneDatabaseShareALimit() {
		try (OtherProcess other = new OtherProcess()) {
			RateLimiter otherProcess = other.limiter;
			RateLimitProperties.Limit limit = new RateLimitProperties.Limit(4, Duration.ofMinutes(1));
			String key = "shared-test:" + UUID.randomUUID();

			assertThat(limiter.consume(key, "test", limit).allowed()).isTrue();
			assertThat(otherProcess.consume(key, "test", limit).allowed()).isTrue();
			assertThat(limiter.consume(key, "test", limit).allowed()).isTrue();
			assertThat(otherProcess.consume(key, "test", limit).allowed()).isTrue();

			assertThat(limiter.consume(key, "test", limit).allowed()).isFalse();
			assertThat(otherProcess.consume(key, "test", limit).allowed()).isFalse();
		}
	}

	/** A second process's limiter: its own pool on the same database. */
	private static final class OtherProcess implements AutoCloseable {

		private final HikariDataSource pool = new HikariDataSource();

		private final RateLimiter limiter;

		OtherProcess() {
			DatabaseCoordinates db = TestDatabase.coordinates();
			pool.setJdbcUrl(db.jdbcUrl());
			pool.setUsername(db.appUser());
			pool.setPassword(db.appPassword());
			limiter = new RateLimiter(new TenantScopedDataSource(pool));
		}

		@Override
		public void close() {
			pool.close();
		}

	}

}
