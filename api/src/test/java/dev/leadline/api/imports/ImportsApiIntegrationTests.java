package dev.leadline.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.HttpTestClient;
import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.UserRole;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@LeadlineIntegrationTest
class ImportsApiIntegrationTests {

	private static final String GERMAN_CSV = """
			E-Mail;Vorname;Nachname;Firma;Telefon;Notiz
			jane@acme.de;Jane;Doe;Acme GmbH;030 1234567;=HYPERLINK("http://evil")
			kein-email;Max;Muster;;;
			bob@gmail.com;Bob;Berg;;+49 89 1234567;@SUM(A1)
			JANE@ACME.DE;;Doe-Smith;;;
			""";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	DSLContext dsl;

	HttpTestClient http;

	TestAccounts.Tenant tenant;

	String token;

	@BeforeEach
	void signIn() {
		http = new HttpTestClient(port);
		tenant = accounts.aTenant();
		token = accounts.accessToken(http, tenant.owner());
	}

	@Test
	void uploadShowsDetectionAndSuggestionsAndStartImportsInTwoCalls() {
		HttpResponse<String> upload = upload("kontakte.csv", GERMAN_CSV.getBytes(StandardCharsets.UTF_8));
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		JsonNode view = json.readTree(upload.body());
		long id = view.path("id").asLong();
		assertThat(upload.headers().firstValue("Location")).hasValue("/api/v1/imports/" + id);
		assertThat(view.path("status").asString()).isEqualTo("UPLOADED");
		assertThat(view.path("detected").path("delimiter").asString()).isEqualTo(";");
		assertThat(view.path("detected").path("encoding").asString()).isEqualTo("UTF-8");
		assertThat(view.path("sampleRows")).hasSize(4);
		assertThat(view.path("sha256").asString()).hasSize(64);
		assertThat(view.path("suggestions").valueStream().map(s -> s.path("field").asString()).toList())
			.containsExactly("EMAIL", "FIRST_NAME", "LAST_NAME", "COMPANY_NAME", "PHONE", "CUSTOM");

		HttpResponse<String> start = http.post("/api/v1/imports/" + id + "/start", token, "");
		assertThat(start.statusCode()).as(start.body()).isEqualTo(202);
		long jobId = json.readTree(start.body()).path("jobId").asLong();
		assertThat(jobId).isPositive();
		JsonNode done = awaitStatus(id, "COMPLETED");

		JsonNode counts = done.path("counts");
		assertThat(counts.path("rows").asLong()).isEqualTo(4);
		assertThat(counts.path("inserted").asLong()).isEqualTo(2);
		assertThat(counts.path("duplicates").asLong()).isEqualTo(1);
		assertThat(counts.path("rejected").asLong()).isEqualTo(1);
		assertThat(counts.path("inserted").asLong() + counts.path("updated").asLong()
				+ counts.path("duplicates").asLong() + counts.path("rejected").asLong())
			.isEqualTo(counts.path("rows").asLong());
		JsonNode run = json.readTree(http.get("/api/v1/jobs/" + jobId, token).body()).path("run");
		assertThat(run.path("subject").path("type").asString()).isEqualTo("import");
		assertThat(run.path("subject").path("id").asLong()).isEqualTo(id);
		assertThat(run.path("subject").path("label").asString()).isEqualTo("kontakte.csv");
		assertThat(run.path("progress").path("itemsDone").asLong())
			.as("4 rows read, then 2 contacts merged (in partitions, not again by their manager)")
			.isEqualTo(6);
		assertThat(run.path("progress").path("itemsExpected").asLong()).isEqualTo(6);
		assertThat(run.path("progress").path("percent").asDouble()).isEqualTo(100.0);
		assertThat(json.readTree(http.get("/api/v1/jobs", token).body())
			.path("items")
			.get(0)
			.path("subject")
			.path("label")
			.asString()).isEqualTo("kontakte.csv");
		List<String> actions = json.readTree(http.get("/api/v1/audit?limit=20", token).body())
			.path("items")
			.valueStream()
			.map(e -> e.path("action").asString())
			.toList();
		assertThat(actions).contains("import.uploaded", "import.started", "import.completed");
	}

	@Test
	void rejectedRowsDownloadAsSpreadsheetSafeCsv() {
		long id = uploaded(GERMAN_CSV);
		confirm(id,
				"""
						{"columns":[{"column":0,"field":"EMAIL"},{"column":1,"field":"FIRST_NAME"},{"column":5,"field":"CUSTOM"}],
						 "existing":"OVERWRITE","defaultCountry":"DE"}""");
		http.post("/api/v1/imports/" + id + "/start", token, "");
		awaitStatus(id, "COMPLETED");

		HttpResponse<String> errors = http.get("/api/v1/imports/" + id + "/errors", token);

		assertThat(errors.statusCode()).isEqualTo(200);
		assertThat(errors.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
		assertThat(errors.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("attachment", "import-" + id + "-rejected.csv"));
		assertThat(errors.body())
			.startsWith("\uFEFFline,severity,column,value,reason,E-Mail,Vorname,Nachname,Firma,Telefon,Notiz\r\n");
		assertThat(errors.body().lines().skip(1).toList())
			.containsExactly("3,ERROR,E-Mail,kein-email,not a valid e-mail address,kein-email,Max,Muster,,,");
		HttpResponse<String> withWarnings = http.get("/api/v1/imports/" + id + "/errors?warnings=true", token);
		assertThat(withWarnings.body().lines().skip(1).toList()).as("no values were changed or dropped")
			.containsExactly("3,ERROR,E-Mail,kein-email,not a valid e-mail address,kein-email,Max,Muster,,,");
	}

	@Test
	void formulaCellsInRejectedRowsAreNeutralised() {
		long id = uploaded("Email,Name\n=1+2,@cmd\n-2,+3\n\"\tx\",ok\n");
		confirm(id, "{\"columns\":[{\"column\":0,\"field\":\"EMAIL\"},{\"column\":1,\"field\":\"FIRST_NAME\"}]}");
		http.post("/api/v1/imports/" + id + "/start", token, "");
		awaitStatus(id, "COMPLETED");

		assertThat(http.get("/api/v1/imports/" + id + "/errors", token).body().lines().skip(1).toList())
			.containsExactly("2,ERROR,Email,'=1+2,not a valid e-mail address,'=1+2,'@cmd",
					"3,ERROR,Email,'-2,not a valid e-mail address,'-2,'+3",
					"4,ERROR,Email,x,not a valid e-mail address,'\tx,ok");
	}

	@Test
	void unreadableFilesAreRefusedNamingTheProblem() {
		assertProblem(upload("invoice.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)), 422,
				"unreadable-file", "PDF");
		assertProblem(upload("empty.csv", new byte[0]), 422, "unreadable-file", "The file is empty.");
		HttpResponse<String> noFile = http
			.send(multipart("other", "x.csv", "Email\na@b.co\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(noFile.statusCode()).as(noFile.body()).isEqualTo(400);
	}

	@Test
	void anUploadDeclaredLargerThanTheLimitIs413BeforeItsBodyIsRead() throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: Bearer " + token
						+ "\r\n" + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: "
						+ (600L * 1024 * 1024) + "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			// Not a byte of the body is sent: the answer comes from the declared length
			// alone.
			StringBuilder response = new StringBuilder();
			byte[] buffer = new byte[4096];
			for (int n; !response.toString().contains("}") && (n = socket.getInputStream().read(buffer)) > 0;) {
				response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
			}

			assertThat(response).startsWith("HTTP/1.1 413")
				.contains("payload-too-large", "the limit is 536870912 bytes for an uploaded file");
		}
	}

	@Test
	void mappingProblemsAreAllNamedAndAConfirmedMappingIsRememberedForTheNextFile() {
		long id = uploaded("Mail Addr,Who,Org\nann@acme.io,Ann,Acme\n");
		HttpResponse<String> invalid = http.put("/api/v1/imports/" + id + "/mapping", token,
				"""
						{"columns":[{"column":0,"field":"JOB_TITLE"},{"column":1,"field":"JOB_TITLE"},{"column":7,"field":"CITY"}],
						 "defaultCountry":"Germany"}""");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(json.readTree(invalid.body()).path("problems").valueStream().map(JsonNode::asString).toList())
			.containsExactly(
					"Columns 'Mail Addr' and 'Who' are both mapped to JOB_TITLE; map one of them to CUSTOM or IGNORE.",
					"Column 7 does not exist; the file has columns 0 to 2.",
					"No column is mapped to EMAIL: map one, or set allowWithoutEmail to import contacts without e-mail "
							+ "addresses (they cannot be matched to existing contacts).",
					"defaultCountry must be an ISO 3166 alpha-2 code such as DE or US, not 'Germany'.");

		confirm(id,
				"""
						{"columns":[{"column":0,"field":"EMAIL"},{"column":1,"field":"FULL_NAME"},{"column":2,"field":"COMPANY_NAME"}]}""");
		long next = uploaded("Org,Who,Mail Addr\nBeta,Bea,bea@beta.io\n");

		JsonNode suggestions = json.readTree(http.get("/api/v1/imports/" + next, token).body()).path("suggestions");
		assertThat(suggestions.valueStream().map(s -> s.path("field").asString()).toList())
			.containsExactly("COMPANY_NAME", "FULL_NAME", "EMAIL");
		assertThat(suggestions.get(1).path("reason").asString()).isEqualTo("mapped to FULL_NAME in 1 earlier import");
	}

	@Test
	void aCustomAttributeIsRememberedUnderTheNameTypedAndTheNextFileImportsItUnderThatName() {
		long first = uploaded("Email,Stadt,Lead source\nann@acme.io,Berlin,Fair\n");
		confirm(first, """
				{"columns":[{"column":0,"field":"EMAIL"},{"column":1,"field":"CUSTOM","attribute":"  Standort (HQ) "},
				 {"column":2,"field":"CUSTOM"}]}""");

		long next = uploaded("E-mail,Stadt,Lead source\nbea@beta.io,Hamburg,Web\n");
		JsonNode suggestions = json.readTree(http.get("/api/v1/imports/" + next, token).body()).path("suggestions");

		assertThat(suggestions.get(1).path("field").asString()).isEqualTo("CUSTOM");
		assertThat(suggestions.get(1).path("attribute").asString()).as("as typed, trimmed").isEqualTo("Standort (HQ)");
		assertThat(suggestions.get(1).path("reason").asString())
			.isEqualTo("kept as the attribute 'Standort (HQ)' in 1 earlier import");
		assertThat(suggestions.get(2).path("attribute").isNull()).as("named as its header").isTrue();
		http.post("/api/v1/imports/" + next + "/start", token, "");
		awaitStatus(next, "COMPLETED");
		JsonNode bea = json.readTree(http.get("/api/v1/contacts?importId=" + next, token).body()).path("items").get(0);
		JsonNode attributes = json.readTree(http.get("/api/v1/contacts/" + bea.path("id").asLong(), token).body())
			.path("attributes");
		assertThat(attributes.toString()).isEqualTo("{\"Lead source\":\"Web\",\"Standort (HQ)\":\"Hamburg\"}");
	}

	@Test
	void theFormatCanBeOverriddenAndTheSampleIsReadAgain() {
		long id = uploaded("Email,Name\nann@acme.io,'Lee, Ann'\n");

		HttpResponse<String> quoted = http.put("/api/v1/imports/" + id + "/format", token, "{\"quote\":\"\\\"\"}");

		assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(200);
		JsonNode view = json.readTree(quoted.body());
		assertThat(view.path("format").path("quote").asString()).isEqualTo("\"");
		assertThat(view.path("detected").path("quote").asString()).isEqualTo("'");
		assertThat(view.path("sampleRows").get(0).valueStream().map(JsonNode::asString).toList())
			.containsExactly("ann@acme.io", "'Lee", " Ann'");
		assertProblem(http.put("/api/v1/imports/" + id + "/format", token, "{\"delimiter\":\"x\"}"), 400,
				"validation-failed", "delimiter");
	}

	@Test
	void aFileWithoutHeaderRowIsReadWithNumberedColumnsAndEachDecisionShowsItsConfidence() {
		HttpResponse<String> response = upload("data.csv",
				"a@example.com,Ann,Lee\nc@example.com,Cy,Doe\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode view = json.readTree(response.body());
		assertThat(view.path("format").path("hasHeader").asBoolean()).isFalse();
		assertThat(view.path("headers").valueStream().map(JsonNode::asString).toList()).containsExactly("Column 1",
				"Column 2", "Column 3");
		assertThat(view.path("sampleRows")).hasSize(2);
		JsonNode confidence = view.path("format").path("confidence");
		assertThat(confidence.path("encoding").asInt()).isEqualTo(100);
		assertThat(confidence.path("delimiter").asInt()).isBetween(1, 100);
		assertThat(confidence.path("header").asInt()).isBetween(1, 100);
		assertThat(view.path("detected").path("confidence")).isEqualTo(confidence);
	}

	@Test
	void theHeaderDecisionCanBeOverriddenAndTheRunReadsTheFirstRowAsData() {
		long id = uploaded("Email,Name\nann@acme.io,Ann\n");

		HttpResponse<String> noHeader = http.put("/api/v1/imports/" + id + "/format", token, "{\"hasHeader\":false}");

		assertThat(noHeader.statusCode()).as(noHeader.body()).isEqualTo(200);
		JsonNode view = json.readTree(noHeader.body());
		assertThat(view.path("detected").path("hasHeader").asBoolean()).isTrue();
		assertThat(view.path("format").path("hasHeader").asBoolean()).isFalse();
		assertThat(view.path("format").path("confidence").path("header").isNull()).as("the user's choice").isTrue();
		assertThat(view.path("format").path("confidence").path("delimiter").isNull()).isFalse();
		assertThat(view.path("headers").valueStream().map(JsonNode::asString).toList()).containsExactly("Column 1",
				"Column 2");
		assertThat(view.path("sampleRows").get(0).valueStream().map(JsonNode::asString).toList())
			.containsExactly("Email", "Name");
		HttpResponse<String> preview = http.post("/api/v1/imports/" + id + "/preview", token,
				"{\"columns\":[{\"column\":0,\"field\":\"EMAIL\"},{\"column\":1,\"field\":\"FIRST_NAME\"}]}");
		assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
		assertThat(json.readTree(preview.body()).findValues("line").stream().map(JsonNode::asInt).toList())
			.containsExactly(1, 2);
		confirm(id, "{\"columns\":[{\"column\":0,\"field\":\"EMAIL\"},{\"column\":1,\"field\":\"FIRST_NAME\"}]}");
		http.post("/api/v1/imports/" + id + "/start", token, "");

		JsonNode done = awaitStatus(id, "COMPLETED");

		assertThat(done.path("counts").path("inserted").asInt()).isEqualTo(1);
		assertThat(done.path("counts").path("rejected").asInt()).isEqualTo(1);
		assertThat(http.get("/api/v1/imports/" + id + "/errors", token).body().lines().skip(1).toList())
			.containsExactly("1,ERROR,Column 1,Email,not a valid e-mail address,Email,Name");
	}

	@Test
	void anEastAsianEncodingIsDetectedAndCanBeChosen() {
		HttpResponse<String> response = upload("kr.csv",
				"Email,Name\nkim@example.kr,김민준\nlee@example.kr,이서연\n".getBytes(Charset.forName("x-windows-949")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode view = json.readTree(response.body());
		long id = view.path("id").asLong();
		assertThat(view.path("format").path("encoding").asString()).isEqualTo("EUC-KR");
		assertThat(view.path("sampleRows").get(0).get(1).asString()).isEqualTo("김민준");

		HttpResponse<String> chosen = http.put("/api/v1/imports/" + id + "/format", token,
				"{\"encoding\":\"GB18030\"}");

		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
		assertThat(json.readTree(chosen.body()).path("format").path("encoding").asString()).isEqualTo("GB18030");
		assertThat(json.readTree(chosen.body()).path("format").path("confidence").path("encoding").isNull()).isTrue();
	}

	@Test
	void startingTwiceIsAConflictUnlessTheSameIdempotencyKeyRepeats() {
		long id = uploaded("Email\nann@acme.io\n");
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = startWithKey(id, key);
		HttpResponse<String> repeat = startWithKey(id, key);

		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(repeat.statusCode()).isEqualTo(202);
		assertThat(json.readTree(repeat.body()).path("jobId").asLong())
			.isEqualTo(json.readTree(first.body()).path("jobId").asLong());
		assertProblem(http.post("/api/v1/imports/" + id + "/start", token, ""), 409, "import-state-conflict",
				"already started");
		assertProblem(
				http.put("/api/v1/imports/" + id + "/mapping", token,
						"{\"columns\":[{\"column\":0,\"field\":\"EMAIL\"}]}"),
				409, "import-state-conflict", "has started");
	}

	@Test
	void anImportWhoseFileWasRemovedShowsItAndCannotStart() {
		long id = uploaded("Email\nann@acme.io\n");
		accounts.system(() -> dsl.execute("UPDATE contact_import SET file_removed_at = now() WHERE id = ?", id));

		JsonNode view = json.readTree(http.get("/api/v1/imports/" + id, token).body());
		assertThat(view.path("fileRemovedAt").isTextual()).isTrue();
		assertProblem(http.post("/api/v1/imports/" + id + "/start", token, ""), 409, "import-state-conflict",
				"upload it again");
		assertProblem(http.put("/api/v1/imports/" + id + "/format", token, "{\"delimiter\":\";\"}"), 409,
				"import-state-conflict", "was removed on");
	}

	@Test
	void viewersMayReadImportsButNotUploadOrStartThem() {
		long id = uploaded("Email\nann@acme.io\n");
		String viewer = accounts.accessToken(http, accounts.aUser(tenant, UserRole.viewer));

		assertThat(http.get("/api/v1/imports/" + id, viewer).statusCode()).isEqualTo(200);
		assertThat(http.post("/api/v1/imports/" + id + "/start", viewer, "").statusCode()).isEqualTo(403);
		assertThat(http.send(multipart("file", "x.csv", "Email\na@b.co\n".getBytes(StandardCharsets.UTF_8), viewer))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aRejectedRowsFileFixedAndUploadedAgainImportsWithoutItsDiagnosticColumnsOrApostrophes() {
		long first = uploaded("Email,Name,Phone,Notes\nmax-at-example.com,Max,+49 89 1234567,=HYPERLINK(\"x\")\n"
				+ "ana@example.com,Ana,,\n");
		confirm(first, """
				{"columns":[{"column":0,"field":"EMAIL"},{"column":1,"field":"FIRST_NAME"},{"column":2,"field":"PHONE"},
				 {"column":3,"field":"CUSTOM"}]}""");
		http.post("/api/v1/imports/" + first + "/start", token, "");
		assertThat(awaitStatus(first, "COMPLETED").path("counts").path("rejected").asLong()).isEqualTo(1);
		String rejected = http.get("/api/v1/imports/" + first + "/errors", token).body();
		assertThat(rejected).contains("'+49 89 1234567", "'=HYPERLINK");

		String fixed = rejected.replace("max-at-example.com", "max@example.com");
		HttpResponse<String> upload = upload("import-" + first + "-rejected.csv",
				fixed.getBytes(StandardCharsets.UTF_8));
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		JsonNode view = json.readTree(upload.body());
		assertThat(view.path("suggestions").valueStream().map(s -> s.path("field").asString()).toList())
			.containsExactly("IGNORE", "IGNORE", "IGNORE", "IGNORE", "IGNORE", "EMAIL", "FIRST_NAME", "PHONE",
					"CUSTOM");
		assertThat(view.path("suggestions").get(3).path("reason").asString()).contains("rejected-rows file");
		long second = view.path("id").asLong();
		http.post("/api/v1/imports/" + second + "/start", token, "");
		JsonNode counts = awaitStatus(second, "COMPLETED").path("counts");
		assertThat(counts.path("inserted").asLong()).isEqualTo(1);
		assertThat(counts.path("rejected").asLong()).isZero();

		JsonNode contacts = json.readTree(http.get("/api/v1/contacts?importId=" + second, token).body()).path("items");
		assertThat(contacts).hasSize(1);
		JsonNode max = json.readTree(http.get("/api/v1/contacts/" + contacts.get(0).path("id").asLong(), token).body());
		assertThat(max.path("email").asString()).isEqualTo("max@example.com");
		assertThat(max.path("phone").asString()).isEqualTo("+49891234567");
		assertThat(max.path("attributes").toString()).isEqualTo("{\"Notes\":\"=HYPERLINK(\\\"x\\\")\"}");
	}

	@Test
	void theSameFileUploadedAgainWarnsNamingTheEarlierImportAndItsUnchangedRowsAreCountedApart() {
		String csv = "Email,First name,City\nada@example.com,Ada,London\nalan@example.com,Alan,Wilmslow\n";
		long first = uploaded(csv);
		assertThat(json.readTree(http.get("/api/v1/imports/" + first, token).body()).path("sameFile").isNull())
			.isTrue();
		http.post("/api/v1/imports/" + first + "/start", token, "");
		JsonNode done = awaitStatus(first, "COMPLETED");

		HttpResponse<String> again = upload("contacts (1).csv", csv.getBytes(StandardCharsets.UTF_8));
		JsonNode sameFile = json.readTree(again.body()).path("sameFile");
		assertThat(sameFile.path("importId").asLong()).isEqualTo(first);
		assertThat(sameFile.path("fileName").asString()).isEqualTo("test.csv");
		assertThat(sameFile.path("importedAt").asString()).isEqualTo(done.path("finishedAt").asString());
		assertThat(sameFile.path("message").asString())
			.contains("already imported on " + done.path("finishedAt").asString().substring(0, 10), "import " + first);
		long second = json.readTree(again.body()).path("id").asLong();
		http.post("/api/v1/imports/" + second + "/start", token, "");
		JsonNode counts = awaitStatus(second, "COMPLETED").path("counts");
		assertThat(counts.path("unchanged").asLong()).isEqualTo(2);
		assertThat(counts.path("updated").asLong()).isZero();
		assertThat(counts.path("inserted").asLong()).isZero();

		long changed = uploaded(csv.replace("London", "Cambridge"));
		assertThat(json.readTree(http.get("/api/v1/imports/" + changed, token).body()).path("sameFile").isNull())
			.as("another file")
			.isTrue();
	}

	@Test
	void aMemberStopsARunningImportKeepingTheRowsCommittedAndTheAuditLogSaysWhoStoppedIt() {
		StringBuilder csv = new StringBuilder("Email,First name\n");
		for (int i = 0; i < 60_000; i++) {
			csv.append("stop-").append(i).append("@example.com,Person ").append(i).append('\n');
		}
		long id = uploaded(csv.toString());
		TestAccounts.User member = accounts.aUser(tenant, UserRole.member);
		String memberToken = accounts.accessToken(http, member);
		assertProblem(http.post("/api/v1/imports/" + id + "/stop", memberToken, ""), 409, "import-state-conflict",
				"has not been started");
		assertThat(http.post("/api/v1/imports/" + id + "/start", token, "").statusCode()).isEqualTo(202);
		String viewerToken = accounts.accessToken(http, accounts.aUser(tenant, UserRole.viewer));
		assertThat(http.post("/api/v1/imports/" + id + "/stop", viewerToken, "").statusCode()).isEqualTo(403);

		HttpResponse<String> stop = http.post("/api/v1/imports/" + id + "/stop", memberToken, "");

		assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
		assertThat(json.readTree(stop.body()).path("status").asString()).isIn("STOPPING", "STOPPED");
		JsonNode counts = awaitStatus(id, "STOPPED").path("counts");
		if (counts.path("staged").isNull()) {
			// Stopped while reading: no contact is written before the whole file is read.
			assertThat(counts.path("rows").asLong()).as("stopped before the end").isLessThan(60_000);
			assertThat(counts.path("inserted").asLong()).isZero();
		}
		else {
			assertThat(counts.path("merged").asLong()).as("stopped before the end")
				.isLessThan(counts.path("staged").asLong());
			assertThat(counts.path("inserted").asLong()).isEqualTo(counts.path("merged").asLong());
		}
		JsonNode total = json.readTree(http.get("/api/v1/contacts?count=true&limit=1&importId=" + id, token).body())
			.path("total");
		assertThat(total.path("exact").asBoolean()).as(total.toString()).isTrue();
		assertThat(total.path("value").asLong()).as("every row counted is stored")
			.isEqualTo(counts.path("inserted").asLong());
		JsonNode stopped = json.readTree(http.get("/api/v1/audit?limit=20", token).body())
			.path("items")
			.valueStream()
			.filter(e -> e.path("action").asString().equals("import.stopped"))
			.findFirst()
			.orElseThrow();
		assertThat(stopped.path("actorId").asLong()).isEqualTo(member.id());
		assertProblem(http.post("/api/v1/imports/" + id + "/stop", memberToken, ""), 409, "job-run-conflict",
				"nothing to stop");
	}

	private HttpResponse<String> startWithKey(long id, String key) {
		return http.send(HttpRequest.newBuilder(http.uri("/api/v1/imports/" + id + "/start"))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	private long uploaded(String csv) {
		HttpResponse<String> response = upload("test.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return json.readTree(response.body()).path("id").asLong();
	}

	private void confirm(long id, String body) {
		HttpResponse<String> response = http.put("/api/v1/imports/" + id + "/mapping", token, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private JsonNode awaitStatus(long id, String status) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> json.readTree(http.get("/api/v1/imports/" + id, token).body())
				.path("status")
				.asString()
				.equals(status));
		return json.readTree(http.get("/api/v1/imports/" + id, token).body());
	}

	private HttpResponse<String> upload(String name, byte[] content) {
		return http.send(multipart("file", name, content));
	}

	private HttpRequest multipart(String field, String name, byte[] content) {
		return multipart(field, name, content, token);
	}

	private HttpRequest multipart(String field, String name, byte[] content, String accessToken) {
		String boundary = "leadline-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ name + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(http.uri("/api/v1/imports"))
			.header("Authorization", "Bearer " + accessToken)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private void assertProblem(HttpResponse<String> response, int status, String type, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).endsWith("/" + type);
		assertThat(problem.toString()).contains(detail);
	}

}
