package dev.leadline.api.system.process;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.PrometheusScrape;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leadline's own series on the management port after the things they count happened: job
 * runs, outside calls, credits. Rate limits: {@code RateLimitIntegrationTests}.
 */
@LeadlineIntegrationTest
class PrometheusMetricsIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTestSupport support;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	HttpTestClient http;

	@BeforeEach
	void client() {
		http = new HttpTestClient(port);
	}

	@Test
	void jobRunsAreCountedWhenStartedAndByOutcomeWithTheirItemsAndDuration() {
		long tenant = support.aTenant();
		PrometheusScrape before = PrometheusScrape.of(managementPort);

		long completed = support.harnessRun(tenant, Map.of("items", "7", "chunk", "2"));
		long failed = support.harnessRun(tenant, Map.of("items", "6", "chunk", "2", "failAt", "5"));
		support.awaitStatus(completed, JobRunStatus.COMPLETED, WITHIN);
		support.awaitStatus(failed, JobRunStatus.FAILED, WITHIN);
		PrometheusScrape after = PrometheusScrape.of(managementPort);

		assertThat(delta(before, after, "leadline_jobs_started_total", "job=harnessJob")).isGreaterThanOrEqualTo(2);
		assertThat(delta(before, after, "leadline_jobs_runs_total", "job=harnessJob", "outcome=completed"))
			.isGreaterThanOrEqualTo(1);
		assertThat(delta(before, after, "leadline_jobs_runs_total", "job=harnessJob", "outcome=failed"))
			.isGreaterThanOrEqualTo(1);
		assertThat(delta(before, after, "leadline_jobs_items_total", "job=harnessJob"))
			.as("7 written by one run, the 4 of the two chunks before item 5 by the other")
			.isGreaterThanOrEqualTo(11);
		assertThat(delta(before, after, "leadline_jobs_duration_seconds_count", "job=harnessJob"))
			.isGreaterThanOrEqualTo(2);
		assertThat(after.value("leadline_jobs_duration_seconds_sum", "job=harnessJob")).isPositive();
		assertThat(after.has("leadline_jobs_active")).isTrue();
		assertThat(after.value("leadline_jobs_active")).isBetween(0.0, 4.0);
	}

	@Test
	void creditsAreCountedPerTenantAndKindAndOutsideCallsPerProviderAndOutcome() {
		TestAccounts.Tenant tenant = accounts.aTenant();
		String owner = accounts.accessToken(http, tenant.owner());
		support.as(tenant.id(), () -> dsl.execute("""
				INSERT INTO contact (tenant_id, email, first_name, last_name, title) VALUES
				  ({0}, 'ana@example.com', 'Ana', NULL, 'VP of Sales'),
				  ({0}, 'bo@example.com', 'Bo', NULL, 'Geschäftsführer'),
				  ({0}, NULL, 'Cy', 'Nobody', NULL)""", DSL.val(tenant.id())));
		// A loopback website: the guard refuses it, and the refusal is an outside call of
		// its own.
		support.as(tenant.id(),
				() -> dsl.execute(
						"INSERT INTO company (tenant_id, name, website) VALUES ({0}, 'Loopback', 'http://127.0.0.1/')",
						DSL.val(tenant.id())));
		PrometheusScrape before = PrometheusScrape.of(managementPort);

		topUp(tenant, 100);
		enrich(owner, "{\"stage\":\"person\",\"filter\":{}}");
		enrich(owner, "{\"stage\":\"company\",\"companyFilter\":{}}");
		PrometheusScrape after = PrometheusScrape.of(managementPort);

		String ofTenant = "tenant=" + tenant.id();
		assertThat(after.value("leadline_credits_moved_total", ofTenant, "kind=top_up")).isEqualTo(100);
		assertThat(after.value("leadline_credits_moved_total", ofTenant, "kind=charge"))
			.as("the person stage delivered two contacts, the company stage nothing")
			.isEqualTo(2);
		double held = after.value("leadline_credits_moved_total", ofTenant, "kind=hold");
		assertThat(held).as("3 workable-or-not contacts at 1, the company at 2").isEqualTo(5);
		assertThat(after.value("leadline_credits_moved_total", ofTenant, "kind=release")).isEqualTo(held - 2);
		assertThat(delta(before, after, "leadline_provider_calls_total", "provider=website", "outcome=refused"))
			.isGreaterThanOrEqualTo(1);
		assertThat(delta(before, after, "leadline_provider_latency_seconds_count", "provider=website"))
			.isGreaterThanOrEqualTo(1);
		assertThat(after.has("leadline_provider_latency_seconds_bucket")).as("a histogram, for percentiles").isTrue();
	}

	@Test
	void thePublicPortServesNoMetrics() {
		assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(PrometheusScrape.of(managementPort).has("jvm_memory_used_bytes")).isTrue();
	}

	private void topUp(TestAccounts.Tenant tenant, int amount) {
		TestAccounts.User admin = accounts.aUser(accounts.aTenant(), UserRole.admin);
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(admin.id()))
			.execute());
		HttpResponse<String> response = http.post("/api/v1/admin/tenants/" + tenant.id() + "/credits",
				accounts.accessToken(http, admin), "{\"kind\":\"top_up\",\"amount\":" + amount + "}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private void enrich(String owner, String request) {
		HttpResponse<String> started = http.post("/api/v1/enrichment/runs", owner, request);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		support.awaitStatus(json.readTree(started.body()).path("id").asLong(), JobRunStatus.COMPLETED, WITHIN);
	}

	private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
		return after.value(name, labels) - before.value(name, labels);
	}

}
