package dev.leadline.jobs.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ATTRIBUTE_KEY;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = PlatformTestApplication.class)
class CsvImportJobIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	DSLContext dsl;

	@Test
	void importsNormalisedRowsRecordsRejectedOnesAndTheCountsAddUp() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, """
				Email,Full Name,Job Title,Phone,Website,Country,Company
				Jane.Doe@Acme.com,Dr. Jane Doe,CTO,030 1234567,https://www.acme.com/about,Germany,Acme GmbH
				not-an-email,John Smith,CEO,,,,
				bob@gmail.com,"Beethoven, Ludwig van",Composer,+1 650 253 0000,,US,
				jane.doe@acme.com,,VP Engineering,,,,
				ana@shop.example.co.uk,Ana Lopez,,12,,Spain,Example Shop
				""");
		long run = imports.start(tenant, id);
		platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(row.getRowsRead()).isEqualTo(5);
		assertThat(row.getInserted()).isEqualTo(3);
		assertThat(row.getDuplicates()).isEqualTo(1);
		assertThat(row.getUpdated()).isZero();
		assertThat(row.getRejected()).isEqualTo(1);
		assertThat(row.getInserted() + row.getUpdated() + row.getDuplicates() + row.getRejected())
			.isEqualTo(row.getRowsRead());
		assertThat(imports.contacts(tenant)).containsExactly(
				"ana@shop.example.co.uk|Ana|Lopez||12||ES||example.co.uk|Example Shop|{}",
				"bob@gmail.com|Ludwig|van Beethoven|Composer|+16502530000||US||||{}",
				"jane.doe@acme.com|Jane|Doe|CTO|+49301234567||DE||acme.com|Acme GmbH|{}");
		assertThat(imports.issues(tenant, id)).containsExactly("3 ERROR Email: not a valid e-mail address",
				"6 WARNING Phone: not a phone number Leadline can read; kept as given");
	}

	@Test
	void theRunCountsEachStepsItemsOnceAndTheMergesPartitionsThroughTheirManager() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, """
				Email,First name
				ada@example.com,Ada
				alan@example.com,Alan
				grace@example.com,Grace
				ada@example.com,Ada L.
				""");
		long run = imports.start(tenant, id);
		platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		Map<String, Long> steps = TenantContext.system(() -> dsl
			.fetch("SELECT s.step_name, s.write_count FROM job_run_execution e JOIN batch_step_execution s "
					+ "ON s.job_execution_id = e.job_execution_id WHERE e.job_run_id = ?", run)
			.stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.get(0, String.class), r -> r.get(1, Long.class))));
		long partitions = steps.entrySet()
			.stream()
			.filter(step -> step.getKey().startsWith("csvImportMergeStep:"))
			.mapToLong(Map.Entry::getValue)
			.sum();
		Long itemsWritten = TenantContext.system(
				() -> dsl
					.fetchOne("SELECT (details->>'itemsWritten')::bigint FROM job_run_event "
							+ "WHERE job_run_id = ? AND kind = 'run.completed'", run)
					.get(0, Long.class));

		assertThat(partitions).as("contacts merged, one per e-mail").isEqualTo(3);
		assertThat(steps.get("csvImportMergeStep")).as("the manager adds up its partitions").isEqualTo(partitions);
		assertThat(itemsWritten).isEqualTo(steps.get("csvImportStep") + partitions);
		Long expected = TenantContext
			.system(() -> dsl.fetchOne("SELECT items_expected FROM job_run WHERE id = ?", run).get(0, Long.class));
		assertThat(expected).as("progress is shown against 4 rows read plus 3 contacts to merge").isEqualTo(7);
	}

	@Test
	void aReimportCountsRowsThatChangeNothingAsUnchangedAndDoesNotWriteThem() {
		long tenant = platform.aTenant();
		String csv = """
				Email,First name,City,Notes
				ada@example.com,Ada,London,first
				alan@example.com,Alan,Wilmslow,
				grace@example.com,Grace,,
				""";
		platform.awaitStatus(imports.start(tenant, imports.upload(tenant, csv)), JobRunStatus.COMPLETED, WITHIN);
		Map<String, OffsetDateTime> before = updatedAt(tenant);

		long again = imports.upload(tenant, csv.replace("Grace,,", "Grace,Arlington,"));
		platform.awaitStatus(imports.start(tenant, again), JobRunStatus.COMPLETED, WITHIN);

		ContactImportRecord row = imports.importRow(tenant, again);
		assertThat(row.getUnchanged()).isEqualTo(2);
		assertThat(row.getUpdated()).isEqualTo(1);
		assertThat(row.getInserted() + row.getUpdated() + row.getUnchanged() + row.getDuplicates() + row.getRejected())
			.isEqualTo(row.getRowsRead());
		Map<String, OffsetDateTime> after = updatedAt(tenant);
		assertThat(after.get("ada@example.com")).as("not written").isEqualTo(before.get("ada@example.com"));
		assertThat(after.get("alan@example.com")).as("not written").isEqualTo(before.get("alan@example.com"));
		assertThat(after.get("grace@example.com")).isAfter(before.get("grace@example.com"));
	}

	@Test
	void theNamesOfImportedCustomAttributesAreListedForTheirTenantOnly() {
		long tenant = platform.aTenant();
		long other = platform.aTenant();
		long id = imports.upload(tenant,
				"Email,Lead source,Notes\nada@example.com,Fair,\nalan@example.com,,met in Bletchley\n");
		imports.confirm(tenant, id,
				new MappingChoice(
						List.of(new ColumnMapping(0, TargetField.EMAIL, null),
								new ColumnMapping(1, TargetField.CUSTOM, "Lead Source"),
								new ColumnMapping(2, TargetField.CUSTOM, null)),
						ImportExistingPolicy.FILL_BLANKS, null, false));
		platform.awaitStatus(imports.start(tenant, id), JobRunStatus.COMPLETED, WITHIN);
		platform.awaitStatus(imports.start(tenant, imports.upload(tenant, "Email,Notes\ngrace@example.com,x\n")),
				JobRunStatus.COMPLETED, WITHIN);

		assertThat(imports.as(tenant,
				() -> dsl.select(CONTACT_ATTRIBUTE_KEY.NAME)
					.from(CONTACT_ATTRIBUTE_KEY)
					.orderBy(CONTACT_ATTRIBUTE_KEY.NAME)
					.fetch(CONTACT_ATTRIBUTE_KEY.NAME)))
			.containsExactly("Lead Source", "Notes");
		assertThat(imports.as(other, () -> dsl.fetchCount(CONTACT_ATTRIBUTE_KEY))).isZero();
	}

	@Test
	void withOverwriteARowEqualToTheContactIsUnchangedAndARepeatedEmailStaysADuplicate() {
		long tenant = platform.aTenant();
		String csv = "Email,First name\nada@gmail.com,Ada\nalan@gmail.com,Alan\n";
		platform.awaitStatus(imports.start(tenant, imports.upload(tenant, csv)), JobRunStatus.COMPLETED, WITHIN);

		long again = imports.upload(tenant, csv + "ada@gmail.com,Ada\nalan@gmail.com,Alan T.\n");
		imports.confirm(tenant, again,
				new MappingChoice(
						List.of(new ColumnMapping(0, TargetField.EMAIL, null),
								new ColumnMapping(1, TargetField.FIRST_NAME, null)),
						ImportExistingPolicy.OVERWRITE, null, false));
		platform.awaitStatus(imports.start(tenant, again), JobRunStatus.COMPLETED, WITHIN);

		ContactImportRecord row = imports.importRow(tenant, again);
		assertThat(row.getUnchanged()).as("ada").isEqualTo(1);
		assertThat(row.getUpdated()).as("alan, whose last row in the file names him Alan T.").isEqualTo(1);
		assertThat(row.getDuplicates()).isEqualTo(2);
		assertThat(imports.contacts(tenant)).containsExactly("ada@gmail.com|Ada|||||||||{}",
				"alan@gmail.com|Alan T.|||||||||{}");
	}

	@Test
	void shortRowsAreImportedWithBlanksAndAWarningUnlessTheUserRejectsThem() {
		String csv = """
				Email,First name,City,Country
				ada@gmail.com,Ada
				alan@gmail.com,Alan,Wilmslow,
				grace@gmail.com,Grace,Arlington,US,
				linus@gmail.com,Linus,Helsinki,FI,Tux
				""";
		long tenant = platform.aTenant();
		long filled = imports.upload(tenant, csv);
		platform.awaitStatus(imports.start(tenant, filled), JobRunStatus.COMPLETED, WITHIN);

		assertThat(imports.contacts(tenant)).containsExactly("ada@gmail.com|Ada|||||||||{}",
				"alan@gmail.com|Alan||||Wilmslow|||||{}", "grace@gmail.com|Grace||||Arlington|US||||{}");
		assertThat(imports.issues(tenant, filled)).containsExactly(
				"2 WARNING -: the row has 2 fields; the header has 4: 'City' and 'Country' left blank",
				"5 ERROR -: the row has 5 fields; the header has 4");

		long other = platform.aTenant();
		long rejecting = imports.upload(other, csv);
		imports.confirm(other, rejecting,
				new MappingChoice(List.of(new ColumnMapping(0, TargetField.EMAIL, null),
						new ColumnMapping(1, TargetField.FIRST_NAME, null),
						new ColumnMapping(2, TargetField.CITY, null), new ColumnMapping(3, TargetField.COUNTRY, null)),
						ImportExistingPolicy.FILL_BLANKS, null, false, false));
		platform.awaitStatus(imports.start(other, rejecting), JobRunStatus.COMPLETED, WITHIN);
		assertThat(imports.issues(other, rejecting)).containsExactly(
				"2 ERROR -: the row has 2 fields; the header has 4 (fill missing values with blanks to import it)",
				"5 ERROR -: the row has 5 fields; the header has 4");
		assertThat(imports.importRow(other, rejecting).getRejected()).isEqualTo(2);
	}

	@Test
	void anImportOfTenThousandRowsLeavesContactVacuumedAndAnalysed() {
		long tenant = platform.aTenant();
		StringBuilder csv = new StringBuilder("Email,First name\n");
		for (int i = 0; i < ImportStatistics.ALWAYS_FROM_ROWS; i++) {
			csv.append("person").append(i).append("@analysed.example,P").append(i).append('\n');
		}
		long id = imports.upload(tenant, csv.toString());
		OffsetDateTime analysedBefore = lastMaintenance("last_analyze", "contact");
		OffsetDateTime vacuumedBefore = lastMaintenance("last_vacuum", "contact");
		platform.awaitStatus(imports.start(tenant, id), JobRunStatus.COMPLETED, WITHIN);

		for (var change : Map
			.of("last_analyze", Optional.ofNullable(analysedBefore), "last_vacuum", Optional.ofNullable(vacuumedBefore))
			.entrySet()) {
			OffsetDateTime after = lastMaintenance(change.getKey(), "contact");
			assertThat(after).as(change.getKey()).isNotNull();
			change.getValue().ifPresent((before) -> assertThat(after).as(change.getKey()).isAfter(before));
		}
	}

	@Test
	void analysingFollowsAutovacuumsThresholdAndAlwaysFromTenThousandRows() {
		assertThat(ImportStatistics.worthAnalyzing(51, -1)).isTrue();
		assertThat(ImportStatistics.worthAnalyzing(50, 0)).isFalse();
		assertThat(ImportStatistics.worthAnalyzing(1_051, 10_000)).isTrue();
		assertThat(ImportStatistics.worthAnalyzing(1_050, 10_000)).isFalse();
		assertThat(ImportStatistics.worthAnalyzing(9_999, 5_000_000)).isFalse();
		assertThat(ImportStatistics.worthAnalyzing(10_000, 5_000_000)).isTrue();
	}

	private OffsetDateTime lastMaintenance(String column, String table) {
		return dsl.fetchValue(DSL.field("(SELECT " + column + " FROM pg_stat_user_tables WHERE relname = {0})",
				OffsetDateTime.class, DSL.val(table)));
	}

	private Map<String, OffsetDateTime> updatedAt(long tenant) {
		return imports.as(tenant,
				() -> dsl.select(CONTACT.EMAIL, CONTACT.UPDATED_AT)
					.from(CONTACT)
					.fetchMap(CONTACT.EMAIL, CONTACT.UPDATED_AT));
	}

}
