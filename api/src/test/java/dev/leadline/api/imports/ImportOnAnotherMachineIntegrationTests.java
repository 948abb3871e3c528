package dev.leadline.api.imports;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.platform.WorkerProcess;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import leadlinetest.S3ProxyServer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two machines sharing only PostgreSQL and object storage (S3Proxy on loopback): this
 * process serves the API (no worker role) and stores the upload; a worker in a process of
 * its own, on a data directory that never held the upload, runs the import from the
 * bucket.
 */
@LeadlineIntegrationTest
@TestPropertySource(properties = "leadline.roles=api")
class ImportOnAnotherMachineIntegrationTests {

	private static final S3ProxyServer s3 = S3ProxyServer.shared();

	private static final String BUCKET = s3.newBucket();

	/**
	 * Rows of about 450 bytes: the file is larger than one part of a multipart upload.
	 */
	private static final int ROWS = 20_000;

	/**
	 * Three columns of text, each short enough to be shown whole in the rejected rows.
	 */
	private static final String NOTES = String.join(",", "n".repeat(140), "r".repeat(140), "s".repeat(140));

	@DynamicPropertySource
	static void objectStorage(DynamicPropertyRegistry registry) {
		s3.properties(BUCKET).forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	int port;

	@Value("${leadline.data-dir}")
	Path uploaderDataDirectory;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	@TempDir
	Path workerDataDirectory;

	@Test
	void aWorkerWithoutTheUploadersDataDirectoryImportsTheUploadFromObjectStorage() throws Exception {
		HttpTestClient http = new HttpTestClient(port);
		TestAccounts.Tenant tenant = accounts.aTenant();
		String token = accounts.accessToken(http, tenant.owner());
		byte[] csv = csv();
		assertThat(csv.length).isGreaterThan(8 * 1024 * 1024);

		HttpResponse<String> upload = http.send(multipart(http, token, csv));
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		long id = json.readTree(upload.body()).path("id").asLong();
		HttpResponse<String> mapping = http.put("/api/v1/imports/" + id + "/mapping", token,
				"{\"columns\":[{\"column\":0,\"field\":\"EMAIL\"},{\"column\":1,\"field\":\"FIRST_NAME\"}]}");
		assertThat(mapping.statusCode()).as(mapping.body()).isEqualTo(200);
		String storedName = TenantContext.system(() -> dsl.select(CONTACT_IMPORT.STORED_NAME)
			.from(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.ID.eq(id))
			.fetchSingle(CONTACT_IMPORT.STORED_NAME));
		String key = "imports/" + tenant.id() + "/" + storedName;
		assertThat(s3.client().headObject((head) -> head.bucket(BUCKET).key(key)).contentLength())
			.isEqualTo(csv.length);
		assertThat(filesUnder(uploaderDataDirectory)).as("nothing of the upload on the uploader's disk")
			.noneMatch((file) -> file.contains(storedName));

		JsonNode done;
		List<String> workerArguments = new ArrayList<>(s3.arguments(BUCKET));
		// The batch-jobs test application on this module's classpath, where Flyway is:
		// the schema is migrated already (by its owner; the worker connects as the
		// application role).
		workerArguments.add("--spring.flyway.enabled=false");
		try (WorkerProcess worker = WorkerProcess.startOnOwnDataDirectory("other-machine", workerDataDirectory,
				workerArguments.toArray(String[]::new))) {
			HttpResponse<String> start = http.post("/api/v1/imports/" + id + "/start", token, "");
			assertThat(start.statusCode()).as(start.body()).isEqualTo(202);
			done = awaitCompleted(http, token, id);
			long runId = done.path("jobId").asLong();
			assertThat(workersOfRun(runId)).as("the run was the other machine's")
				.containsExactly(workerId(worker.log()));
		}

		JsonNode counts = done.path("counts");
		assertThat(counts.path("rows").asLong()).isEqualTo(ROWS);
		assertThat(counts.path("inserted").asLong()).isEqualTo(ROWS - 4);
		assertThat(counts.path("rejected").asLong()).isEqualTo(4);
		assertThat(counts.path("updated").asLong()).isZero();
		assertThat(counts.path("duplicates").asLong()).isZero();
		HttpResponse<String> rejected = http.get("/api/v1/imports/" + id + "/errors", token);
		assertThat(rejected.statusCode()).isEqualTo(200);
		assertThat(rejected.body().lines().skip(1).toList()).containsExactly(rejectedLine(5_001), rejectedLine(10_001),
				rejectedLine(15_001), rejectedLine(20_001));
		assertThat(filesUnder(workerDataDirectory)).as("the worker never copied the upload to its disk")
			.noneMatch((file) -> file.contains(storedName) || file.endsWith(".csv"));
	}

	/**
	 * Every fifth-thousandth row has no valid e-mail (lines 5001, 10001, 15001, 20001).
	 */
	private static byte[] csv() {
		StringBuilder csv = new StringBuilder("Email,First Name,Notes,Remarks,Summary\n");
		for (int row = 1; row <= ROWS; row++) {
			int line = row + 1;
			String email = (row % 5_000 == 0) ? "not-an-email-" + line : "person" + row + "@far.example";
			csv.append(email).append(",Ada,").append(NOTES).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String rejectedLine(int line) {
		String email = "not-an-email-" + line;
		return line + ",ERROR,Email," + email + ",not a valid e-mail address," + email + ",Ada," + NOTES;
	}

	private JsonNode awaitCompleted(HttpTestClient http, String token, long id) {
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> List.of("COMPLETED", "FAILED")
				.contains(json.readTree(http.get("/api/v1/imports/" + id, token).body()).path("status").asString()));
		JsonNode view = json.readTree(http.get("/api/v1/imports/" + id, token).body());
		assertThat(view.path("status").asString()).as(view.toString()).isEqualTo("COMPLETED");
		return view;
	}

	/** The workers of the run's executions (job_run's own column is cleared with it). */
	private List<String> workersOfRun(long runId) {
		return TenantContext.system(() -> dsl.selectDistinct(JOB_RUN_EXECUTION.WORKER_ID)
			.from(JOB_RUN_EXECUTION)
			.where(JOB_RUN_EXECUTION.JOB_RUN_ID.eq(runId))
			.fetch(JOB_RUN_EXECUTION.WORKER_ID));
	}

	private static String workerId(String log) {
		Matcher started = Pattern.compile("Worker (\\S+) started with").matcher(log);
		assertThat(started.find()).as(log).isTrue();
		return started.group(1);
	}

	private static List<String> filesUnder(Path directory) throws Exception {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return new ArrayList<>(files.filter(Files::isRegularFile).map(Path::toString).toList());
		}
	}

	private static HttpRequest multipart(HttpTestClient http, String token, byte[] content) {
		String boundary = "leadline-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"far.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(http.uri("/api/v1/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

}
