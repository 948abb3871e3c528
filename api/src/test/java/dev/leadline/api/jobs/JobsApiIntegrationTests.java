package dev.leadline.api.jobs;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTrigger;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class JobsApiIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(30);

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

	@Autowired
	JobRuns runs;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String owner;

	@BeforeEach
	void setUp() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		owner = accounts.accessToken(http, tenant.owner());
	}

	@Test
	void aFailedRunShowsItsFailureStepsAndEventsAndRestartsToCompletion() {
		long run = support.harnessRun(tenant.id(), Map.of("items", "30", "chunk", "10", "failAt", "15"));
		support.awaitStatus(run, JobRunStatus.FAILED, WITHIN);

		JsonNode detail = json.readTree(http.get("/api/v1/jobs/" + run, owner).body());
		assertThat(detail.path("run").path("status").asString()).isEqualTo("FAILED");
		assertThat(detail.path("run").path("failureType").asString()).isEqualTo("IllegalStateException");
		assertThat(detail.path("run").path("failureMessage").asString()).isEqualTo("Harness failure at item 15");
		assertThat(detail.path("run").path("progress").path("itemsDone").asLong()).isEqualTo(10);
		JsonNode step = detail.path("executions").get(0).path("steps").get(0);
		assertThat(step.path("writeCount").asLong()).isEqualTo(10);
		assertThat(step.path("commitCount").asLong()).isEqualTo(1);
		assertThat(step.path("rollbackCount").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(detail.path("allowedActions").toString()).contains("restart").contains("abandon");
		assertThat(detail.toString()).doesNotContain("at dev.leadline").doesNotContain("at org.springframework");

		HttpResponse<String> restart = http.post("/api/v1/jobs/" + run + "/restart", owner, "");
		assertThat(restart.statusCode()).isEqualTo(200);
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		JsonNode completed = json.readTree(http.get("/api/v1/jobs/" + run, owner).body());
		assertThat(completed.path("executions").size()).isEqualTo(2);
		assertThat(completed.path("run").path("progress").path("itemsDone").asLong()).isEqualTo(30);
		long attemptMillis = Duration
			.between(OffsetDateTime.parse(completed.path("run").path("startedAt").asString()),
					OffsetDateTime.parse(completed.path("run").path("endedAt").asString()))
			.toMillis();
		assertThat(completed.path("run").path("progress").path("itemsPerSecond").asDouble())
			.as("the second attempt's 20 items over its own time, not all 30")
			.isEqualTo(Math.round(20 * 10000.0 / Math.max(1, attemptMillis)) / 10.0);
		JsonNode events = json.readTree(http.get("/api/v1/jobs/" + run + "/events", owner).body()).path("items");
		assertThat(events.toString()).contains("run.queued")
			.contains("run.failed")
			.contains("run.restart_requested")
			.contains("run.completed");
		assertThat(auditActions()).contains("job.restart");
	}

	@Test
	void adminsStartTheDrillByNameAndWatchItFailAndResume() {
		String key = UUID.randomUUID().toString();
		String body = "{\"jobName\":\"drillJob\",\"parameters\":{\"items\":\"40\",\"chunk\":\"10\",\"failAt\":\"25\"}}";

		HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(http.uri("/api/v1/jobs"))
			.header("Authorization", "Bearer " + owner)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());

		assertThat(accepted.statusCode()).isEqualTo(202);
		long run = json.readTree(accepted.body()).path("id").asLong();
		support.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		JsonNode failed = json.readTree(http.get("/api/v1/jobs/" + run, owner).body()).path("run");
		assertThat(failed.path("progress").path("itemsDone").asLong()).isEqualTo(20);
		assertThat(failed.path("progress").path("itemsExpected").asLong()).isEqualTo(40);
		assertThat(failed.path("progress").path("percent").asDouble()).isEqualTo(50.0);
		assertThat(failed.path("failureMessage").asString()).isEqualTo("Planned drill failure at item 25");

		http.post("/api/v1/jobs/" + run + "/restart", owner, "");
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		assertThat(json.readTree(http.get("/api/v1/jobs/" + run, owner).body())
			.path("run")
			.path("progress")
			.path("percent")
			.asDouble()).isEqualTo(100.0);
		assertThat(auditActions()).contains("job.triggered", "job.restart");
	}

	@Test
	void aStopByAPersonReadsAsAStopWithTheirNameNotAsAFailure() {
		long run = support.harnessRun(tenant.id(), Map.of("items", "200", "chunk", "5", "pauseMs", "250"));
		// About 10 s of running: long enough to be stopped, not finished, on a loaded
		// machine.
		support.awaitStatus(run, JobRunStatus.STARTED, WITHIN);

		assertThat(http.post("/api/v1/jobs/" + run + "/stop", owner, "").statusCode()).isEqualTo(200);
		support.awaitStatus(run, JobRunStatus.STOPPED, WITHIN);

		JsonNode stopped = json.readTree(http.get("/api/v1/jobs/" + run, owner).body()).path("run");
		assertThat(stopped.path("failureType").isNull()).as("no failure: %s", stopped).isTrue();
		assertThat(stopped.path("failureMessage").isNull()).isTrue();
		assertThat(stopped.path("stop").path("cause").asString()).isEqualTo("user");
		assertThat(stopped.path("stop").path("userId").asLong()).isEqualTo(tenant.owner().id());
		assertThat(stopped.path("stop").path("userName").asString()).isNotBlank();
		assertThat(stopped.path("stop").path("requestedAt").asString()).isNotBlank();
		assertThat(http.get("/api/v1/jobs/" + run + "/events", owner).body()).doesNotContain("JobInterruptedException");
	}

	@Test
	void aCompletedRunIsAtOneHundredPercentWhateverItsEstimateWasAndEachAttemptHasItsOwnTimes() {
		long run = support.as(tenant.id(),
				() -> runs
					.trigger(tenant.id(), "harnessJob", Map.of("items", "47", "chunk", "10", "failAt", "15"),
							RunTrigger.system("test"), null, 50L)
					.runId());
		support.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		http.post("/api/v1/jobs/" + run + "/restart", owner, "");
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		JsonNode detail = json.readTree(http.get("/api/v1/jobs/" + run, owner).body());
		assertThat(detail.path("run").path("progress").path("itemsDone").asLong()).isEqualTo(47);
		assertThat(detail.path("run").path("progress").path("percent").asDouble()).isEqualTo(100.0);
		OffsetDateTime queued = OffsetDateTime.parse(detail.path("run").path("queuedAt").asString());
		OffsetDateTime started = OffsetDateTime.parse(detail.path("run").path("startedAt").asString());
		assertThat(started).as("the current attempt started after it was queued").isAfterOrEqualTo(queued);
		JsonNode attempts = detail.path("executions");
		assertThat(attempts.size()).isEqualTo(2);
		for (JsonNode attempt : attempts) {
			assertThat(OffsetDateTime.parse(attempt.path("startedAt").asString()))
				.isAfterOrEqualTo(OffsetDateTime.parse(attempt.path("queuedAt").asString()));
			assertThat(attempt.path("workerId").asString()).isNotBlank();
		}
	}

	@Test
	void parametersCannotOverrideThePlatformsOwnNames() {
		HttpResponse<String> response = http.post("/api/v1/jobs", owner,
				"{\"jobName\":\"drillJob\",\"parameters\":{\"items\":\"1\",\"tenant.id\":\"1\"}}");

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).endsWith("/reserved-job-parameter");
		assertThat(problem.path("detail").asString()).contains("tenant.id");
	}

	@Test
	void jobsThatAreNotStartedByNameCannotBeStartedThisWay() {
		HttpResponse<String> response = http.post("/api/v1/jobs", owner, "{\"jobName\":\"housekeepingJob\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("unknown-job");
	}

	@Test
	void restartingACompletedRunIs409WithTheReasonInWords() {
		long run = support.harnessRun(tenant.id(), Map.of("items", "2"));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		HttpResponse<String> response = http.post("/api/v1/jobs/" + run + "/restart", owner, "");

		assertThat(response.statusCode()).isEqualTo(409);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).endsWith("/job-run-conflict");
		assertThat(problem.path("detail").asString()).contains("COMPLETED").contains("cannot be restarted");
	}

	@Test
	void listingFiltersByStatusAndPagesByCursorWithoutATotal() {
		List<Long> runs = List.of(support.harnessRun(tenant.id(), Map.of("items", "1")),
				support.harnessRun(tenant.id(), Map.of("items", "1")),
				support.harnessRun(tenant.id(), Map.of("items", "1")));
		runs.forEach(run -> support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN));

		JsonNode first = json.readTree(http.get("/api/v1/jobs?status=COMPLETED&limit=2", owner).body());
		JsonNode second = json.readTree(
				http.get("/api/v1/jobs?status=COMPLETED&limit=2&cursor=" + first.path("nextCursor").asString(), owner)
					.body());

		assertThat(first.path("items").size()).isEqualTo(2);
		assertThat(first.path("items").get(0).path("id").asLong()).isEqualTo(runs.get(2));
		assertThat(second.path("items").size()).isEqualTo(1);
		assertThat(second.path("nextCursor").isNull()).isTrue();
		assertThat(first.has("total")).isFalse();
		assertThat(json.readTree(http.get("/api/v1/jobs?status=FAILED", owner).body()).path("items").size()).isZero();
	}

	@Test
	void prometheusReportsRunsByOutcomeDurationThroughputAndQueueWait() {
		long run = support.harnessRun(tenant.id(), Map.of("items", "4"));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		String metrics = new HttpTestClient(managementPort).get("/actuator/prometheus").body();

		assertThat(metrics).contains("leadline_jobs_runs_total{")
			.contains("job=\"harnessJob\"")
			.contains("outcome=\"completed\"")
			.contains("leadline_jobs_duration_seconds_count")
			.contains("leadline_jobs_items_per_second_count")
			.contains("leadline_jobs_queue_wait_seconds_count");
	}

	@Test
	void membersSeeRunsButCannotControlThem() {
		long run = support.harnessRun(tenant.id(), Map.of("items", "1"));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		String member = accounts.accessToken(http, accounts.aUser(tenant, UserRole.member));

		assertThat(http.get("/api/v1/jobs/" + run, member).statusCode()).isEqualTo(200);
		assertThat(http.post("/api/v1/jobs/" + run + "/stop", member, "").statusCode()).isEqualTo(403);
	}

	@Test
	void platformAdminsTriggerPlatformJobsIdempotently() {
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(tenant.owner().id()))
			.execute());
		String admin = accounts.accessToken(http, tenant.owner());
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = trigger(admin, key, "{\"jobName\":\"housekeepingJob\"}");
		HttpResponse<String> again = trigger(admin, key, "{\"jobName\":\"housekeepingJob\"}");
		HttpResponse<String> different = trigger(admin, key,
				"{\"jobName\":\"housekeepingJob\",\"parameters\":{\"x\":\"1\"}}");

		assertThat(first.statusCode()).isEqualTo(202);
		long id = json.readTree(first.body()).path("id").asLong();
		assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/admin/jobs/" + id);
		assertThat(json.readTree(again.body()).path("id").asLong()).isEqualTo(id);
		assertThat(json.readTree(again.body()).path("created").asBoolean()).isFalse();
		assertThat(different.statusCode()).isEqualTo(422);
		assertThat(different.body()).contains("idempotency-key-reused");
		support.awaitStatus(id, JobRunStatus.COMPLETED, WITHIN);
		assertThat(http.get("/api/v1/admin/jobs?job=housekeepingJob", admin).body()).contains("\"id\":" + id);
		assertThat(http.get("/api/v1/admin/jobs/" + id + "/events", admin).body()).contains("run.completed");
		assertThat(accounts.system(() -> dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("job.triggered").and(AUDIT_EVENT.TARGET_ID.eq(String.valueOf(id))))))
			.as("audited once, with its user")
			.isEqualTo(1);
		assertThat(http.get("/api/v1/admin/jobs", owner).statusCode()).as("the old token predates the flag")
			.isEqualTo(403);
	}

	@Test
	void platformAdminsSeeThePlatformJobsTheyMayStartAndEachRunsTenantByName() {
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(tenant.owner().id()))
			.execute());
		String admin = accounts.accessToken(http, tenant.owner());
		long run = support.harnessRun(tenant.id(), Map.of("items", "3"));
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		JsonNode jobs = json.readTree(http.get("/api/v1/admin/jobs/platform-jobs", admin).body()).path("jobNames");
		JsonNode listed = json.readTree(http.get("/api/v1/admin/jobs?limit=200", admin).body()).path("items");
		JsonNode detail = json.readTree(http.get("/api/v1/admin/jobs/" + run, admin).body()).path("run");

		assertThat(jobs.valueStream().map(JsonNode::asString).toList()).contains("housekeepingJob")
			.doesNotContain("harnessJob", "csvImportJob");
		JsonNode row = listed.valueStream().filter(r -> r.path("id").asLong() == run).findFirst().orElseThrow();
		assertThat(row.path("tenantName").asString()).isEqualTo("Tenant " + tenant.slug());
		assertThat(detail.path("tenantName").asString()).isEqualTo("Tenant " + tenant.slug());
		assertThat(http.get("/api/v1/admin/jobs/platform-jobs", owner).statusCode()).isEqualTo(403);
	}

	@Test
	void tenantJobsCannotBeTriggeredAsPlatformJobs() {
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(tenant.owner().id()))
			.execute());
		String admin = accounts.accessToken(http, tenant.owner());

		HttpResponse<String> response = trigger(admin, null, "{\"jobName\":\"harnessJob\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("unknown-job");
	}

	private HttpResponse<String> trigger(String token, String key, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/v1/admin/jobs"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build());
	}

	private List<String> auditActions() {
		return accounts.system(() -> dsl.select(AUDIT_EVENT.ACTION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.TENANT_ID.eq(tenant.id()))
			.fetch(AUDIT_EVENT.ACTION));
	}

}
