package dev.leadline.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.jobs.csvimport.ImportTestSupport;
import dev.leadline.jobs.enrichment.EnrichmentTestSupport;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.reports.ReportTestSupport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated from the live OpenAPI document: every parameter, header and body field of
 * every operation gets every hostile value (NUL, overlong, wrong types, invalid UTF-8,
 * huge numbers, deep nesting), every body a chunked one over the limit, over real sockets
 * to the running server. No answer may be a 5xx, name a Java class, lack the security
 * headers, or be an error other than problem details with a known type. A new endpoint is
 * fuzzed the moment it is documented.
 */
@LeadlineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
// Every hostile value is a request: the per-tenant limits (RateLimitIntegrationTests
// covers them) would answer 429 long before the values run out.
@TestPropertySource(
		properties = { "leadline.rate-limit.reads.requests=1000000", "leadline.rate-limit.writes.requests=1000000",
				"leadline.rate-limit.uploads.requests=1000000", "leadline.rate-limit.job-triggers.requests=1000000" })
class HostileInputFuzzIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	EnrichmentTestSupport enrichment;

	@Autowired
	ReportTestSupport reports;

	@Test
	void everyOperationAnswersHostileInputWithProblemDetailsAndNever5xx(CapturedOutput log) {
		HttpTestClient client = new HttpTestClient(port);
		ApiDocument document = new ApiDocument(json.readTree(client.get("/v3/api-docs").body()));
		Arena.Fixtures fixtures = new Arena.Fixtures(accounts, dsl, platform, imports, enrichment, reports, client);
		RawHttp http = new RawHttp(port);
		Fuzzer fuzzer = new Fuzzer(document, fixtures, http, new ResponseRules(json), json);
		// The failing endpoint of ErrorResponsesIntegrationTests exists in tests only.
		List<ApiDocument.Operation> operations = document.operations()
			.stream()
			.filter(operation -> !operation.path().startsWith("/api/v1/test-only/"))
			.toList();
		long started = System.nanoTime();

		operations.forEach(fuzzer::fuzz);
		Arena ids = new Arena(fixtures, true);
		operations.forEach(operation -> fuzzer.anonymously(operation, ids));

		System.out.printf("Fuzzed %d operations with %d requests in %d s; baselines: %s%n", operations.size(),
				http.sent(), (System.nanoTime() - started) / 1_000_000_000L, fuzzer.baselines());
		System.out.println(fuzzer.timings());
		http.slowest()
			.forEach(slow -> System.out.println("  slow request: " + slow.millis() + " ms " + slow.request()));
		assertThat(operations.stream().map(ApiDocument.Operation::name)).as("operations fuzzed")
			.contains("POST /api/v1/auth/login", "POST /api/v1/imports", "PATCH /api/v1/contacts/{id}",
					"POST /api/v1/jobs", "POST /api/v1/admin/tenants", "DELETE /api/v1/users/{id}");
		assertThat(report(fuzzer.violations())).as("answers to hostile input that break the rules").isEmpty();
		assertThat(log.getOut()).as("errors logged while fuzzing").doesNotContain("Unexpected error");
	}

	private static String report(Map<String, List<String>> violations) {
		return violations.entrySet()
			.stream()
			.limit(200)
			.map(entry -> entry.getKey() + "\n    " + String.join("\n    ", entry.getValue()))
			.collect(Collectors.joining("\n", "",
					violations.size() > 200 ? "\n… and " + (violations.size() - 200) + " more" : ""));
	}

}
