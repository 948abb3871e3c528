package dev.leadline.jobs.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.db.testing.TestDatabase;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.WorkerProcess;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An import that fails, is stopped, or loses its worker mid-file ends with exactly the
 * rows and counts of an uninterrupted import of the same file. This JVM has no worker
 * role: workers are child processes.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "leadline.roles=api")
class CsvImportRestartIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(120);

	private static final String FILE = TestCsv.contacts(3_000, 42);

	/** The first valid e-mail from the middle of the file on. */
	private static final String TRAPPED = FILE.lines()
		.skip(1_500)
		.map(line -> line.substring(0, line.indexOf(',')))
		.filter(email -> email.contains("@"))
		.findFirst()
		.orElseThrow()
		.toLowerCase();

	/** See {@link #cleanRun()}. */
	private static Reference cleanReference;

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	JobRuns runs;

	@Autowired
	DSLContext dsl;

	@Test
	void aFailedStagingChunkRestartsAfterTheLastCommitAndEndsLikeACleanRun() throws Exception {
		Reference clean = cleanRun();
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, FILE);
		long run;
		try (WorkerProcess worker = WorkerProcess.start("import-fails", "--leadline.imports.chunk-size=100");
				AutoCloseable trap = failInsertsOf("contact_import_stage", TRAPPED)) {
			run = imports.start(tenant, id);
			platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
			ContactImportRecord failed = imports.importRow(tenant, id);
			assertThat(failed.getRowsRead()).as("whole chunks before the failing row").isPositive().isLessThan(3_000);
			assertThat(failed.getRowsRead() % 100).isZero();
			assertThat(imports.stagedRows(tenant, id)).as("read rows wait in the stage").isPositive();
			assertThat(failed.getInserted()).as("nothing merged before the whole file is staged")
				.isLessThan(clean.inserted());
			assertThat(platform.failure(run)).contains(TRAPPED);
		}
		try (WorkerProcess worker = WorkerProcess.start("import-restarted", "--leadline.imports.chunk-size=100")) {
			imports.as(tenant, () -> runs.restart(run));
			platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		}
		assertSameAs(clean, tenant, id);
		assertThat(platform.executions(run)).isEqualTo(2);
		assertThat(platform.batchExecutionsOfOneInstance(run)).isEqualTo(1);
	}

	@Test
	void aFailedMergeBlockRestartsAfterTheLastBlockMergedAndEndsLikeACleanRun() throws Exception {
		Reference clean = cleanRun();
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, FILE);
		long run;
		try (WorkerProcess worker = WorkerProcess.start("merge-fails", "--leadline.imports.merge-block-size=40");
				AutoCloseable trap = failInsertsOf("contact", TRAPPED)) {
			run = imports.start(tenant, id);
			platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
			ContactImportRecord failed = imports.importRow(tenant, id);
			assertThat(failed.getRowsRead()).as("the whole file staged").isEqualTo(3_000);
			assertThat(failed.getInserted()).as("blocks merged before the failing one").isLessThan(clean.inserted());
			assertThat(platform.failure(run)).contains(TRAPPED);
		}
		long staged = imports.importRow(tenant, id).getStaged();
		try (WorkerProcess worker = WorkerProcess.start("merge-restarted", "--leadline.imports.merge-block-size=40")) {
			imports.as(tenant, () -> runs.restart(run));
			platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		}
		assertSameAs(clean, tenant, id);
		ContactImportRecord done = imports.importRow(tenant, id);
		assertThat(done.getStaged()).as("the second phase's total, kept across the restart").isEqualTo(staged);
		assertThat(done.getMerged()).isEqualTo(staged);
		assertThat(platform.executions(run)).isEqualTo(2);
		assertThat(platform.batchExecutionsOfOneInstance(run)).isEqualTo(1);
	}

	@Test
	void aCompanyDeletedOrRenamedBeforeItsContactsAreMergedIsTakenAsItIsThen() throws Exception {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, """
				Email,First name,Company,Website
				ada@acme.example,Ada,Acme,https://acme.example
				alan@acme.example,Alan,Acme,https://acme.example
				grace@navy.example,Grace,Navy,https://navy.example
				""");
		long run;
		// One merge partition: the trapped row fails the block of all three.
		try (WorkerProcess worker = WorkerProcess.start("company-gone", "--leadline.imports.merge-partitions=1");
				AutoCloseable trap = failInsertsOf("contact", "grace@navy.example")) {
			run = imports.start(tenant, id);
			platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
			assertThat(imports.stagedRows(tenant, id)).as("read, linked and staged; nothing merged").isEqualTo(3);
		}
		assertThat(imports.as(tenant, () -> dsl.execute("DELETE FROM company WHERE name = 'Acme'"))).isEqualTo(1);
		assertThat(imports.as(tenant, () -> dsl.execute("UPDATE company SET name = 'US Navy' WHERE name = 'Navy'")))
			.isEqualTo(1);
		try (WorkerProcess worker = WorkerProcess.start("company-gone-restarted",
				"--leadline.imports.merge-partitions=1")) {
			imports.as(tenant, () -> runs.restart(run));
			platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		}
		assertThat(imports.as(tenant,
				() -> dsl.fetch("SELECT email, company_id IS NULL, company_name FROM contact ORDER BY email")
					.map(r -> r.get(0) + "|" + (Boolean.TRUE.equals(r.get(1)) ? "no company" : "company") + "|"
							+ r.get(2))))
			.containsExactly("ada@acme.example|no company|null", "alan@acme.example|no company|null",
					"grace@navy.example|company|US Navy");
		assertThat(imports.importRow(tenant, id).getInserted()).isEqualTo(3);
	}

	@Test
	void aWorkerKilledWhileMergingIsRecoveredAndTheImportEndsLikeACleanRun() throws Exception {
		stopAWorkerAndLetTheNextFinish(Phase.MERGING, Stop.KILL);
	}

	@Test
	void aKilledWorkerMidImportIsRecoveredAndTheImportEndsLikeACleanRun() throws Exception {
		stopAWorkerAndLetTheNextFinish(Phase.READING, Stop.KILL);
	}

	@Test
	void aSigtermMidImportQueuesItAgainAndTheNextWorkerFinishesItLikeACleanRun() throws Exception {
		stopAWorkerAndLetTheNextFinish(Phase.READING, Stop.SIGTERM);
	}

	@Test
	void aSigtermWhileMergingQueuesItAgainAndTheNextWorkerFinishesTheMerge() throws Exception {
		stopAWorkerAndLetTheNextFinish(Phase.MERGING, Stop.SIGTERM);
	}

	/**
	 * The phase a worker is stopped in: slowed there, and stopped once it got this far.
	 */
	private enum Phase {

		/** Reading and staging the file, 50 rows a chunk; stopped at 500 rows read. */
		READING("contact_import_stage", "--leadline.imports.chunk-size=50"),

		/** Merging the staged rows, 40 a block; stopped at 400 contacts written. */
		MERGING("contact", "--leadline.imports.merge-block-size=40");

		private final String slowedTable;

		private final String setting;

		Phase(String slowedTable, String setting) {
			this.slowedTable = slowedTable;
			this.setting = setting;
		}

		boolean reached(ContactImportRecord row) {
			return (this == READING) ? row.getRowsRead() >= 500 : row.getInserted() >= 400;
		}

	}

	/** How the first worker ends: SIGKILL, or SIGTERM (a graceful shutdown). */
	private enum Stop {

		KILL, SIGTERM

	}

	/**
	 * Starts the import on a worker slowed in {@code phase}, stops that worker there,
	 * checks what the stop kept, lets a second worker finish the run and compares the
	 * outcome with a clean run of the same file.
	 */
	private void stopAWorkerAndLetTheNextFinish(Phase phase, Stop stop) throws Exception {
		Reference clean = cleanRun();
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, FILE);
		String name = phase.name().toLowerCase() + "-" + stop.name().toLowerCase();
		long run;
		try (WorkerProcess first = WorkerProcess.start(name + "-first", phase.setting);
				AutoCloseable slow = slowInserts(phase.slowedTable)) {
			run = imports.start(tenant, id);
			await().atMost(WITHIN).until(() -> phase.reached(imports.importRow(tenant, id)));
			if (stop == Stop.KILL) {
				first.kill();
			}
			else {
				assertThat(first.terminate(Duration.ofSeconds(60))).as("exits within the shutdown timeout").isTrue();
			}
		}
		if (stop == Stop.SIGTERM) {
			assertThat(platform.status(run)).as("queued again, not left STOPPED").isEqualTo(JobRunStatus.QUEUED);
		}
		ContactImportRecord stopped = imports.importRow(tenant, id);
		if (phase == Phase.READING) {
			assertThat(stopped.getRowsRead()).as("stopped while reading").isLessThan(3_000);
		}
		else {
			assertThat(stopped.getRowsRead()).as("the whole file staged").isEqualTo(3_000);
			assertThat(stopped.getInserted()).as("stopped while merging").isLessThan(clean.inserted());
		}
		try (WorkerProcess second = WorkerProcess.start(name + "-second", phase.setting)) {
			platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);
		}
		assertSameAs(clean, tenant, id);
		assertThat(platform.executions(run)).isEqualTo(2);
		if (stop == Stop.SIGTERM) {
			assertThat(platform.batchExecutionsOfOneInstance(run)).isEqualTo(1);
		}
		assertThat(imports.stagedRows(tenant, id)).as("nothing left staged").isZero();
	}

	private record Reference(List<String> contacts, List<String> issues, List<Long> counts, int companies) {

		long inserted() {
			return counts.get(1);
		}

	}

	/**
	 * An uninterrupted import of {@link #FILE} in a tenant of its own: made once for the
	 * class (the outcome depends only on the file).
	 */
	private Reference cleanRun() throws Exception {
		if (cleanReference == null) {
			cleanReference = uninterruptedRun();
		}
		return cleanReference;
	}

	private Reference uninterruptedRun() throws Exception {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, FILE);
		try (WorkerProcess worker = WorkerProcess.start("import-clean", "--leadline.imports.chunk-size=700")) {
			platform.awaitStatus(imports.start(tenant, id), JobRunStatus.COMPLETED, WITHIN);
		}
		ContactImportRecord row = imports.importRow(tenant, id);
		assertThat(row.getRowsRead()).isEqualTo(3_000);
		assertThat(row.getInserted() + row.getUpdated() + row.getDuplicates() + row.getRejected()).isEqualTo(3_000);
		assertThat(row.getDuplicates()).isPositive();
		assertThat(row.getRejected()).isPositive();
		return new Reference(imports.contacts(tenant), imports.issues(tenant, id), counts(row),
				imports.companies(tenant));
	}

	private void assertSameAs(Reference clean, long tenant, long id) {
		assertThat(imports.contacts(tenant)).isEqualTo(clean.contacts());
		assertThat(imports.issues(tenant, id)).isEqualTo(clean.issues());
		assertThat(counts(imports.importRow(tenant, id))).isEqualTo(clean.counts());
		assertThat(imports.companies(tenant)).isEqualTo(clean.companies());
	}

	private static List<Long> counts(ContactImportRecord row) {
		return List.of(row.getRowsRead(), row.getInserted(), row.getUpdated(), row.getDuplicates(), row.getRejected(),
				row.getWarnings(), row.getCompaniesCreated());
	}

	/**
	 * A trigger, as the schema owner, that fails any insert of this e-mail until it is
	 * dropped.
	 */
	private static AutoCloseable failInsertsOf(String table, String email) throws Exception {
		return ownerDdl("""
				CREATE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    IF lower(NEW.email) = '%s' THEN RAISE EXCEPTION 'test trap: cannot insert %s'; END IF;
				    RETURN NEW;
				END $$;
				CREATE TRIGGER test_fail_insert BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION test_fail_insert();
				""".formatted(email, email, table),
				"DROP TRIGGER test_fail_insert ON %s; DROP FUNCTION test_fail_insert();".formatted(table));
	}

	/** Slows each insert into the table a little so a kill lands mid-phase. */
	private static AutoCloseable slowInserts(String table) throws Exception {
		return ownerDdl("""
				CREATE FUNCTION test_slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN PERFORM pg_sleep(0.002); RETURN NEW; END $$;
				CREATE TRIGGER test_slow_insert BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION test_slow_insert();
				""".formatted(table),
				"DROP TRIGGER test_slow_insert ON %s; DROP FUNCTION test_slow_insert();".formatted(table));
	}

	private static AutoCloseable ownerDdl(String create, String drop) throws Exception {
		try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute(create);
		}
		return () -> {
			try (Connection owner = TestDatabase.ownerConnection(); Statement statement = owner.createStatement()) {
				statement.execute(drop);
			}
		};
	}

}
