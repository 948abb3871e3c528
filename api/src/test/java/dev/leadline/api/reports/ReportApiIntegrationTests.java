package dev.leadline.api.reports;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports through the API as a user would: start one from a filter, follow it, download a
 * PDF and the ZIP; the refusals as problem details; branding.
 */
@LeadlineIntegrationTest
class ReportApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlatformTestSupport support;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

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
	void startFollowAndDownloadAReport() throws Exception {
		long acme = company("Acme Ölhandel AG", "DE");
		long sakura = company("株式会社さくら", "JP");
		company("Elsewhere Ltd", "GB");
		support.as(tenant.id(),
				() -> dsl
					.insertInto(CONTACT_ENRICHMENT, CONTACT_ENRICHMENT.TENANT_ID, CONTACT_ENRICHMENT.CONTACT_ID,
							CONTACT_ENRICHMENT.SENIORITY)
					.values(tenant.id(),
							dsl.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME,
									CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.TITLE)
								.values(tenant.id(), acme, "Acme Ölhandel AG", "Jörg", "Weiß", "Geschäftsführer")
								.returning(CONTACT.ID)
								.fetchSingle(CONTACT.ID),
							"OWNER")
					.execute());

		HttpResponse<String> started = http.post("/api/v1/reports", owner,
				"{\"filter\":{\"country\":[\"DE\",\"JP\"]}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long id = json.readTree(started.body()).path("id").asLong();
		assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/reports/" + id);
		support.awaitStatus(id, JobRunStatus.COMPLETED, Duration.ofSeconds(60));

		JsonNode detail = json.readTree(http.get("/api/v1/reports/" + id, owner).body());
		assertThat(detail.path("report").path("status").asString()).isEqualTo("COMPLETED");
		assertThat(detail.path("report").path("companies").asInt()).isEqualTo(2);
		assertThat(detail.path("report").path("complete").asInt()).isEqualTo(2);
		assertThat(detail.path("report").path("progress").asInt()).isEqualTo(100);
		JsonNode files = detail.path("files");
		assertThat(files).hasSize(2);
		assertThat(files.get(0).path("companyId").asLong()).isEqualTo(acme);
		assertThat(files.get(0).path("fileName").asString()).isEqualTo("dossier-acme-olhandel-ag-" + acme + ".pdf");
		assertThat(files.get(1).path("companyName").asString()).isEqualTo("株式会社さくら");
		assertThat(json.readTree(http.get("/api/v1/reports", owner).body()).get(0).path("id").asLong()).isEqualTo(id);

		JsonNode first = files.get(0);
		HttpResponse<byte[]> pdf = download("/api/v1/reports/" + id + "/files/" + first.path("id").asLong());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"dossier-acme-olhandel-ag-" + acme + ".pdf\"");
		assertThat(sha256(pdf.body())).isEqualTo(first.path("sha256").asString());
		assertThat(text(pdf.body())).contains("Acme Ölhandel AG", "Jörg Weiß", "Geschäftsführer", "Owner");

		HttpResponse<byte[]> zip = download("/api/v1/reports/" + id + "/zip");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(zip.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"report-" + id + ".zip\"");
		Map<String, String> entries = entries(zip.body());
		assertThat(entries).containsOnlyKeys(files.get(0).path("fileName").asString(),
				files.get(1).path("fileName").asString());
		assertThat(entries.get(files.get(1).path("fileName").asString()))
			.isEqualTo(files.get(1).path("sha256").asString());
	}

	@Test
	void refusalsAreProblemDetails() {
		company("Acme", "DE");
		assertProblem(http.post("/api/v1/reports", owner, "{}"), 422, "invalid-report-request");
		assertProblem(http.post("/api/v1/reports", owner, "{\"ids\":[1],\"filter\":{}}"), 422,
				"invalid-report-request");
		assertProblem(http.post("/api/v1/reports", owner, "{\"filter\":{\"q\":\"no such company\"}}"), 422,
				"nothing-to-report");
		assertProblem(http.post("/api/v1/reports", owner, "{\"filter\":{\"country\":[\"germany\"]}}"), 400,
				"validation-failed");
		String viewer = accounts.accessToken(http, accounts.aUser(tenant, UserRole.viewer));
		assertThat(http.post("/api/v1/reports", viewer, "{\"filter\":{}}").statusCode()).isEqualTo(403);
	}

	@Test
	void aFileOfAnotherReportAnswers404AndRemovedFilesAnswer410() {
		long acme = company("Acme", "DE");
		long first = started("{\"ids\":[" + acme + "]}");
		long second = started("{\"ids\":[" + acme + "]}");
		support.awaitStatus(first, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		support.awaitStatus(second, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		long fileOfFirst = json.readTree(http.get("/api/v1/reports/" + first, owner).body())
			.path("files")
			.get(0)
			.path("id")
			.asLong();

		assertProblem(http.get("/api/v1/reports/" + second + "/files/" + fileOfFirst, owner), 404, "not-found");

		accounts
			.system(() -> dsl.execute("UPDATE report SET files_removed_at = now() WHERE run_id = {0}", DSL.val(first)));
		assertProblem(http.get("/api/v1/reports/" + first + "/files/" + fileOfFirst, owner), 410,
				"report-files-removed");
		assertProblem(http.get("/api/v1/reports/" + first + "/zip", owner), 410, "report-files-removed");
	}

	@Test
	void brandingIsTheTenantsAndChecked() {
		String png = Base64.getEncoder()
			.encodeToString(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 });
		HttpResponse<String> saved = http.put("/api/v1/reports/branding", owner,
				"{\"displayName\":\"Northwind\",\"colour\":\"#0f766e\",\"logo\":\"" + png
						+ "\",\"logoMediaType\":\"image/png\"}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode branding = json.readTree(http.get("/api/v1/reports/branding", owner).body());
		assertThat(branding.path("displayName").asString()).isEqualTo("Northwind");
		assertThat(branding.path("colour").asString()).isEqualTo("#0F766E");
		assertThat(branding.path("logo").asString()).isEqualTo(png);

		assertProblem(http.put("/api/v1/reports/branding", owner,
				"{\"logo\":\"" + png + "\",\"logoMediaType\":\"image/jpeg\"}"), 422, "invalid-branding");
		TestAccounts.Tenant other = accounts.aTenant();
		JsonNode othersBranding = json
			.readTree(http.get("/api/v1/reports/branding", accounts.accessToken(http, other.owner())).body());
		assertThat(othersBranding.path("displayName").isNull()).isTrue();
	}

	private long company(String name, String country) {
		return support.as(tenant.id(),
				() -> dsl.insertInto(COMPANY, COMPANY.TENANT_ID, COMPANY.NAME, COMPANY.COUNTRY)
					.values(tenant.id(), name, country)
					.returning(COMPANY.ID)
					.fetchSingle(COMPANY.ID));
	}

	private long started(String body) {
		HttpResponse<String> response = http.post("/api/v1/reports", owner, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return json.readTree(response.body()).path("id").asLong();
	}

	private HttpResponse<byte[]> download(String path) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Bearer " + owner).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private void assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(json.readTree(response.body()).path("type").asString()).endsWith("/" + type);
	}

	private static Map<String, String> entries(byte[] zip) throws Exception {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), sha256(in.readAllBytes()));
			}
		}
		return entries;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
