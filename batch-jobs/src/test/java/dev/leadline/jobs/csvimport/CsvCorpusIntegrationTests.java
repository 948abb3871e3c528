package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_ISSUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.db.jooq.enums.ImportIssueSeverity;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus of awkward files in {@code csv-corpus/} (issue #14), each imported through
 * the real job into a tenant of its own and compared exactly with its expectation in
 * {@code csv-corpus/manifest.json}: the format detected, the counts, the lines rejected,
 * and some stored values. An expectation with a {@code defect} records the current
 * behaviour of a known defect, named there.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class CsvCorpusIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	ContactImports contactImports;

	@Autowired
	DSLContext dsl;

	static Stream<Arguments> corpus() throws IOException {
		try (InputStream in = resource("manifest.json")) {
			JsonNode manifest = JsonMapper.builder().build().readTree(in);
			return manifest.path("files")
				.valueStream()
				.map(entry -> Arguments.of(entry.path("file").asString(), entry));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void importsExactlyWhatItsExpectationSays(String file, JsonNode expected) {
		long tenant = platform.aTenant();
		if (expected.has("uploadRefused")) {
			assertThatThrownBy(() -> imports.upload(tenant, resource(file))).isInstanceOf(UnreadableCsvException.class)
				.hasMessageContaining(expected.path("uploadRefused").asString());
			return;
		}
		long id = imports.upload(tenant, resource(file));
		JsonNode options = expected.path("options");
		if (options.has("format")) {
			JsonNode format = options.path("format");
			imports.as(tenant, () -> {
				contactImports.reformat(id, new FormatOverrides(text(format, "encoding"), null, null,
						format.has("hasHeader") ? format.path("hasHeader").asBoolean() : null));
				return null;
			});
		}
		ContactImportRecord uploaded = imports.importRow(tenant, id);
		JsonNode detected = expected.path("detected");
		assertThat(uploaded.getEncoding()).as("encoding").isEqualTo(detected.path("encoding").asString());
		assertThat(uploaded.getDelimiter()).as("delimiter").isEqualTo(detected.path("delimiter").asString());
		assertThat(uploaded.getHasHeader()).as("header row").isEqualTo(detected.path("hasHeader").asBoolean());
		if (detected.has("headers")) {
			assertThat(Arrays.asList(uploaded.getHeaders())).as("headers")
				.containsExactlyElementsOf(texts(detected.path("headers")));
		}
		if (options.has("allowWithoutEmail") || options.has("defaultCountry")) {
			List<ColumnMapping> suggested = imports
				.as(tenant, () -> contactImports.suggestions(imports.importRow(tenant, id)))
				.stream()
				.map(SuggestedColumn::toMapping)
				.toList();
			imports.confirm(tenant, id, new MappingChoice(suggested, ImportExistingPolicy.FILL_BLANKS,
					text(options, "defaultCountry"), options.path("allowWithoutEmail").asBoolean(false)));
		}

		JobRunStatus status = JobRunStatus.valueOf(expected.path("status").asString("COMPLETED"));
		platform.awaitStatus(imports.start(tenant, id), status, WITHIN);

		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(Map.of("inserted", row.getInserted(), "updated", row.getUpdated(), "duplicates", row.getDuplicates(),
				"rejected", row.getRejected()))
			.as("counts; issues: %s", imports.issues(tenant, id))
			.isEqualTo(Map.of("inserted", expected.path("inserted").asLong(), "updated", 0L, "duplicates",
					expected.path("duplicates").asLong(0), "rejected", (long) expected.path("rejectedLines").size()));
		assertThat(rejectedLines(tenant, id)).as("rejected lines; issues: %s", imports.issues(tenant, id))
			.containsExactlyElementsOf(expected.path("rejectedLines").valueStream().map(JsonNode::asLong).toList());
		expected.path("contacts")
			.properties()
			.forEach(contact -> assertThat(stored(tenant, contact.getKey())).as("contact %s", contact.getKey())
				.containsAllEntriesOf(strings(contact.getValue())));
	}

	private List<Long> rejectedLines(long tenant, long id) {
		return imports.as(tenant,
				() -> dsl.selectDistinct(CONTACT_IMPORT_ISSUE.LINE)
					.from(CONTACT_IMPORT_ISSUE)
					.where(CONTACT_IMPORT_ISSUE.IMPORT_ID.eq(id))
					.and(CONTACT_IMPORT_ISSUE.SEVERITY.eq(ImportIssueSeverity.ERROR))
					.orderBy(CONTACT_IMPORT_ISSUE.LINE)
					.fetch(CONTACT_IMPORT_ISSUE.LINE));
	}

	/** The contact stored with an e-mail address, as field names to values. */
	private Map<String, String> stored(long tenant, String email) {
		Record contact = imports.as(tenant,
				() -> dsl
					.select(CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.TITLE, CONTACT.PHONE, CONTACT.CITY,
							CONTACT.COUNTRY, CONTACT.LINKEDIN_URL, COMPANY.NAME, CONTACT.ATTRIBUTES.cast(String.class))
					.from(CONTACT)
					.leftJoin(COMPANY)
					.on(COMPANY.ID.eq(CONTACT.COMPANY_ID))
					.where(CONTACT.EMAIL.eq(email))
					.fetchOne());
		assertThat(contact).as("a contact with e-mail %s", email).isNotNull();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("firstName", contact.get(CONTACT.FIRST_NAME));
		values.put("lastName", contact.get(CONTACT.LAST_NAME));
		values.put("title", contact.get(CONTACT.TITLE));
		values.put("phone", contact.get(CONTACT.PHONE));
		values.put("city", contact.get(CONTACT.CITY));
		values.put("country", contact.get(CONTACT.COUNTRY));
		values.put("linkedin", contact.get(CONTACT.LINKEDIN_URL));
		values.put("company", contact.get(COMPANY.NAME));
		values.put("attributes", contact.get(8, String.class));
		return values;
	}

	private static Map<String, String> strings(JsonNode object) {
		Map<String, String> values = new LinkedHashMap<>();
		object.properties()
			.forEach(field -> values.put(field.getKey(),
					field.getValue().isNull() ? null : field.getValue().asString()));
		return values;
	}

	private static List<String> texts(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.path(field).asString() : null;
	}

	private static InputStream resource(String name) {
		InputStream in = CsvCorpusIntegrationTests.class.getResourceAsStream("/csv-corpus/" + name);
		if (in == null) {
			throw new UncheckedIOException(new IOException("No corpus file " + name));
		}
		return in;
	}

}
