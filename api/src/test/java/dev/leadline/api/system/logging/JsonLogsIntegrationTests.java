package dev.leadline.api.system.logging;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code LEADLINE_LOG_FORMAT=json} writes: every line of the shared application,
 * encoded by the console's structured encoder in the format the setting chooses, parses
 * as JSON and names the request, tenant and user, or the run, its job and tenant, also on
 * the threads a job hands work to. (The console itself stays as the test JVM started it:
 * switching it would change the logs of every other test.)
 */
@LeadlineIntegrationTest
class JsonLogsIntegrationTests {

	private static final Map<String, LogLevel> CHATTY = Map.of("org.springframework.web.servlet.DispatcherServlet",
			LogLevel.DEBUG, "org.springframework.batch", LogLevel.DEBUG, "org.springframework.jdbc.support",
			LogLevel.DEBUG, "org.springframework.jdbc.datasource", LogLevel.DEBUG);

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTestSupport support;

	@Autowired
	LoggingSystem logging;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	HttpTestClient http;

	JsonLines lines;

	@BeforeEach
	void captureJsonLines() {
		http = new HttpTestClient(port);
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(LogFormatEnvironmentPostProcessor.structuredFormat("json"));
		encoder.start();
		lines = new JsonLines(encoder);
		lines.setContext(context);
		lines.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(lines);
		CHATTY.forEach(logging::setLogLevel);
	}

	@AfterEach
	void stopCapturing() {
		CHATTY.keySet().forEach((name) -> logging.setLogLevel(name, null));
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(lines);
		lines.stop();
	}

	@Test
	void everyLineOfAnAuthenticatedRequestNamesTheRequestTenantAndUser() {
		TestAccounts.Tenant tenant = accounts.aTenant();
		TestAccounts.User member = accounts.aUser(tenant, UserRole.member);
		String token = accounts.accessToken(http, member);
		String requestId = "json-logs-" + UUID.randomUUID();

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/me"))
			.header("Authorization", "Bearer " + token)
			.header("X-Request-Id", requestId)
			.GET()
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		// Lines before the token is verified (reading the session) know the request only.
		List<JsonNode> ofRequest = lines.parsed(json)
			.stream()
			.filter((line) -> requestId.equals(line.path("requestId").asString(null)))
			.toList();
		int authenticated = indexOfFirst(ofRequest, (line) -> line.has("tenantId"));
		assertThat(authenticated).as("a line after authentication").isNotNegative();
		List<JsonNode> afterAuthentication = ofRequest.subList(authenticated, ofRequest.size());
		assertThat(afterAuthentication).as("every line once the token is verified").allSatisfy((line) -> {
			assertThat(line.path("tenantId").asString()).isEqualTo(Long.toString(tenant.id()));
			assertThat(line.path("userId").asString()).isEqualTo(Long.toString(member.id()));
			assertThat(line.path("clientIp").asString()).isNotBlank();
			assertThat(line.path("message").asString()).isNotBlank();
			assertThat(line.path("@timestamp").asString()).isNotBlank();
		});
		assertThat(afterAuthentication).extracting((line) -> line.path("message").asString())
			.as("the controller's work and the response")
			.anySatisfy((message) -> assertThat(message).contains("GET \"/api/v1/me\""))
			.anySatisfy((message) -> assertThat(message).contains("Completed 200"));
	}

	@Test
	void aStreamedDownloadKeepsTheRequestsIdsOnTheThreadThatWritesIt() {
		TestAccounts.Tenant tenant = accounts.aTenant();
		String token = accounts.accessToken(http, tenant.owner());
		String requestId = "json-logs-" + UUID.randomUUID();

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/v1/audit/export"))
			.header("Authorization", "Bearer " + token)
			.header("X-Request-Id", requestId)
			.GET()
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> ofRequest = lines.parsed(json)
			.stream()
			.filter((line) -> requestId.equals(line.path("requestId").asString(null)))
			.toList();
		String requestThread = ofRequest.get(0).path("thread_name").asString();
		assertThat(ofRequest).filteredOn((line) -> !line.path("thread_name").asString().equals(requestThread))
			.as("the body's lines, written on Spring MVC's async thread")
			.isNotEmpty()
			.allSatisfy((line) -> {
				assertThat(line.path("tenantId").asString()).isEqualTo(Long.toString(tenant.id()));
				assertThat(line.path("userId").asString()).isEqualTo(Long.toString(tenant.owner().id()));
			});
	}

	private static int indexOfFirst(List<JsonNode> lines, java.util.function.Predicate<JsonNode> test) {
		for (int i = 0; i < lines.size(); i++) {
			if (test.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void everyLineOfAJobAndOfItsRecorderThreadsNamesTheRunJobAndTenant() {
		TestAccounts.Tenant tenant = accounts.aTenant();
		long harness = support.harnessRun(tenant.id(), Map.of("items", "6", "chunk", "2"));
		support.awaitStatus(harness, JobRunStatus.COMPLETED, WITHIN);
		long enrichment = personEnrichment(tenant);

		List<JsonNode> all = lines.parsed(json);
		assertThat(all).filteredOn((line) -> Long.toString(harness).equals(line.path("runId").asString(null)))
			.as("the harness run's lines (Spring Batch logs its steps)")
			.isNotEmpty()
			.allSatisfy((line) -> {
				assertThat(line.path("jobName").asString()).isEqualTo("harnessJob");
				assertThat(line.path("tenantId").asString()).isEqualTo(Long.toString(tenant.id()));
				assertThat(line.path("thread_name").asString()).startsWith("leadline-job-");
			});
		assertThat(all).filteredOn((line) -> line.path("thread_name").asString().startsWith("leadline-job-"))
			.as("every line on a job thread")
			.allSatisfy((line) -> {
				assertThat(line.path("runId").asString()).isNotBlank();
				assertThat(line.path("jobName").asString()).isNotBlank();
			});
		assertThat(all)
			.filteredOn((line) -> line.path("thread_name").asString().startsWith("enrichment-recorder-")
					&& Long.toString(enrichment).equals(line.path("runId").asString(null)))
			.as("the enrichment run's lines on its recorder threads (transactions log at DEBUG)")
			.isNotEmpty()
			.allSatisfy((line) -> {
				assertThat(line.path("jobName").asString()).isEqualTo("enrichmentJob");
				assertThat(line.path("tenantId").asString()).isEqualTo(Long.toString(tenant.id()));
			});
		assertThat(all).filteredOn((line) -> line.path("thread_name").asString().startsWith("enrichment-recorder-"))
			.as("no recorder line without its run")
			.allSatisfy((line) -> assertThat(line.path("runId").asString()).isNotBlank());
	}

	private long personEnrichment(TestAccounts.Tenant tenant) {
		support.as(tenant.id(), () -> dsl.execute("""
				INSERT INTO contact (tenant_id, email, first_name, title) VALUES
				  ({0}, 'ana@example.com', 'Ana', 'VP of Sales'), ({0}, NULL, 'Bo', 'CTO')""", DSL.val(tenant.id())));
		String owner = accounts.accessToken(http, tenant.owner());
		TestAccounts.User admin = accounts.aUser(accounts.aTenant(), UserRole.admin);
		accounts.system(() -> dsl.update(APP_USER)
			.set(APP_USER.PLATFORM_ADMIN, true)
			.where(APP_USER.ID.eq(admin.id()))
			.execute());
		assertThat(http
			.post("/api/v1/admin/tenants/" + tenant.id() + "/credits", accounts.accessToken(http, admin),
					"{\"kind\":\"top_up\",\"amount\":10}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> started = http.post("/api/v1/enrichment/runs", owner,
				"{\"stage\":\"person\",\"filter\":{}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long run = json.readTree(started.body()).path("id").asLong();
		support.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		return run;
	}

	/** Each event as the JSON console would write it. */
	private static final class JsonLines extends AppenderBase<ILoggingEvent> {

		private final StructuredLogEncoder encoder;

		private final List<String> lines = new CopyOnWriteArrayList<>();

		JsonLines(StructuredLogEncoder encoder) {
			this.encoder = encoder;
		}

		@Override
		protected void append(ILoggingEvent event) {
			this.lines.add(new String(this.encoder.encode(event), StandardCharsets.UTF_8));
		}

		/** Every line, parsed: one that is not a JSON object fails the test. */
		List<JsonNode> parsed(JsonMapper json) {
			assertThat(this.lines).as("lines captured").isNotEmpty();
			return this.lines.stream().map((line) -> {
				assertThat(line).endsWith("\n").doesNotContain("\n\n");
				assertThat(line.strip().lines()).as("one line per event").hasSize(1);
				JsonNode node = json.readTree(line);
				assertThat(node.isObject()).as(line).isTrue();
				return node;
			}).toList();
		}

	}

}
