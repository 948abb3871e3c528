package dev.leadline.api.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code LEADLINE_DB_READ_URL} set, browse requests read through the read pool and
 * everything else goes to the primary. The "read database" here is the test database
 * itself behind a second pool whose sessions are read-only and name themselves
 * {@code leadline-read-test}, so PostgreSQL's own {@code pg_stat_activity} shows which
 * pool a request used, and a write sent to the read pool would fail, not vanish.
 */
@LeadlineIntegrationTest
class ReadDatabaseRoutingIntegrationTests {

	private static final String READ_APPLICATION = "leadline-read-test";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String token;

	long contactId;

	@BeforeEach
	void aTenantWithAContact() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		token = accounts.accessToken(http, tenant.owner());
		contactId = accounts.system(() -> dsl
			.resultQuery("INSERT INTO contact (tenant_id, email, first_name) VALUES (?, ?, 'Ada') RETURNING id",
					tenant.id(), "ada." + tenant.id() + "@routing.example")
			.fetchOne(0, Long.class));
	}

	@Test
	void browseRequestsReadFromTheReadDatabase() {
		for (String browse : List.of("/api/v1/contacts?limit=10", "/api/v1/contacts/attributes",
				"/api/v1/companies?limit=10", "/api/v1/overview", "/api/v1/contacts/export",
				"/api/v1/companies/export")) {
			OffsetDateTime before = now();

			HttpResponse<String> response = http.get(browse, token);

			assertThat(response.statusCode()).as(browse).isEqualTo(200);
			assertThat(readSessionsUsedSince(before)).as("read sessions used by " + browse).isPositive();
		}
		assertThat(http.get("/api/v1/contacts?limit=10", token).body()).contains("ada." + tenant.id());
	}

	@Test
	void writesAndReadsAfterWritesStayOnThePrimary() {
		OffsetDateTime before = now();

		HttpResponse<String> patched = http.patch("/api/v1/contacts/" + contactId, token, "{\"firstName\": \"Grace\"}");
		HttpResponse<String> detail = http.get("/api/v1/contacts/" + contactId, token);
		HttpResponse<String> deleted = http.delete("/api/v1/contacts/" + contactId, token);

		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		assertThat(detail.body()).contains("Grace");
		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
		assertThat(readSessionsUsedSince(before)).isZero();
	}

	/**
	 * The database's clock once no read session is inside a transaction: an export
	 * commits its read-only transaction after its last bytes reached the client, so a
	 * previous test's export may still be ending.
	 */
	private OffsetDateTime now() {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && busyReadSessions() > 0) {
			Thread.onSpinWait();
		}
		return dsl.resultQuery("SELECT clock_timestamp()").fetchOne(0, OffsetDateTime.class);
	}

	private int busyReadSessions() {
		return accounts.system(() -> dsl
			.resultQuery("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = ? AND state <> 'idle'",
					READ_APPLICATION)
			.fetchOne(0, Integer.class));
	}

	/**
	 * Read sessions that ended a transaction since {@code since}; the pool opening new
	 * connections in the meantime (its last statement the driver's own SET) does not
	 * count.
	 */
	private int readSessionsUsedSince(OffsetDateTime since) {
		return accounts.system(() -> dsl.resultQuery(
				"SELECT count(*)::int FROM pg_stat_activity WHERE application_name = ? AND state_change > ?::timestamptz "
						+ "AND query IN ('COMMIT', 'ROLLBACK')",
				READ_APPLICATION, since)
			.fetchOne(0, Integer.class));
	}

	@DynamicPropertySource
	static void readUrl(DynamicPropertyRegistry properties) {
		String url = TestDatabase.coordinates().jdbcUrl();
		properties.add("leadline.db.read-url", () -> url + (url.contains("?") ? "&" : "?") + "ApplicationName="
				+ READ_APPLICATION + "&options=-c%20default_transaction_read_only%3Don");
	}

}
