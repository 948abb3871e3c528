package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_STAGE;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.WORKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Upload retention: which files go, which stay, and what an import without its file still
 * does.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class ImportFileRetentionIntegrationTests {

	private static final String CSV = "Email,First Name\nada@retention.example,Ada\n";

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	ImportTestSupport imports;

	@Autowired
	ImportFileRetention retention;

	@Autowired
	ImportFiles files;

	@Autowired
	DSLContext dsl;

	@Test
	void filesOfImportsOverBeforeTheCutoffGoTheImportsKeepTheirResultsAndCannotStartAgain() {
		long tenant = platform.aTenant();
		long completed = imports.upload(tenant, CSV);
		platform.awaitStatus(imports.start(tenant, completed), JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		long running = imports.upload(tenant, CSV);
		long runningRun = imports.start(tenant, running);
		platform.awaitStatus(runningRun, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		long stoppedRecently = imports.upload(tenant, CSV);
		platform.awaitStatus(imports.start(tenant, stoppedRecently), JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		long neverStarted = imports.upload(tenant, CSV);
		long recent = imports.upload(tenant, CSV);
		OffsetDateTime longAgo = OffsetDateTime.now().minusDays(40);
		String liveWorker = "retention-test-" + UUID.randomUUID();
		system(() -> {
			dsl.update(CONTACT_IMPORT)
				.set(CONTACT_IMPORT.CREATED_AT, longAgo)
				.set(CONTACT_IMPORT.STARTED_AT, longAgo)
				.set(CONTACT_IMPORT.FINISHED_AT, longAgo)
				.where(CONTACT_IMPORT.ID.in(completed, running, stoppedRecently))
				.execute();
			dsl.update(JOB_RUN)
				.set(JOB_RUN.QUEUED_AT, longAgo)
				.set(JOB_RUN.ENDED_AT, longAgo)
				.where(JOB_RUN.ID.in(dsl.select(CONTACT_IMPORT.JOB_RUN_ID)
					.from(CONTACT_IMPORT)
					.where(CONTACT_IMPORT.ID.in(completed, running))))
				.execute();
			// Uploaded and last run long ago, but its run was restarted and stopped
			// today: still in use.
			dsl.update(JOB_RUN)
				.set(JOB_RUN.QUEUED_AT, longAgo)
				.set(JOB_RUN.ENDED_AT, OffsetDateTime.now())
				.where(JOB_RUN.ID.in(dsl.select(CONTACT_IMPORT.JOB_RUN_ID)
					.from(CONTACT_IMPORT)
					.where(CONTACT_IMPORT.ID.eq(stoppedRecently))))
				.execute();
			dsl.update(CONTACT_IMPORT)
				.set(CONTACT_IMPORT.CREATED_AT, longAgo)
				.where(CONTACT_IMPORT.ID.eq(neverStarted))
				.execute();
			// A run a live worker owns (a worker row with a fresh heartbeat, so recovery
			// leaves it alone).
			// Rows a failed merge left in the stage: they go with the file, never before.
			for (long id : new long[] { completed, running }) {
				dsl.insertInto(CONTACT_IMPORT_STAGE)
					.set(CONTACT_IMPORT_STAGE.IMPORT_ID, id)
					.set(CONTACT_IMPORT_STAGE.EMAIL_KEY, "left@over.example")
					.set(CONTACT_IMPORT_STAGE.TENANT_ID, tenant)
					.set(CONTACT_IMPORT_STAGE.EMAIL, "left@over.example")
					.set(CONTACT_IMPORT_STAGE.ATTRIBUTES, JSONB.valueOf("{}"))
					.execute();
			}
			dsl.insertInto(WORKER).set(WORKER.ID, liveWorker).set(WORKER.HOST, "test").set(WORKER.PID, 1L).execute();
			dsl.update(JOB_RUN)
				.set(JOB_RUN.STATUS, JobRunStatus.STARTED)
				.set(JOB_RUN.WORKER_ID, liveWorker)
				.where(JOB_RUN.ID.eq(runningRun))
				.execute();
			return null;
		});
		try {
			int removed = system(() -> retention.removeFilesOfImportsOverBefore(OffsetDateTime.now().minusDays(30)));

			assertThat(removed).isEqualTo(2);
			assertThat(fileStored(tenant, completed)).isFalse();
			assertThat(fileStored(tenant, neverStarted)).isFalse();
			assertThat(fileStored(tenant, running)).isTrue();
			assertThat(fileStored(tenant, recent)).isTrue();
			assertThat(fileStored(tenant, stoppedRecently)).isTrue();
			assertThat(imports.importRow(tenant, completed).getFileRemovedAt()).isNotNull();
			assertThat(imports.importRow(tenant, running).getFileRemovedAt()).isNull();
			assertThat(imports.importRow(tenant, recent).getFileRemovedAt()).isNull();
			assertThat(imports.stagedRows(tenant, completed)).as("staged rows of an import that cannot run again")
				.isZero();
			assertThat(imports.stagedRows(tenant, running)).isEqualTo(1);
			// The results stay.
			assertThat(imports.importRow(tenant, completed).getInserted()).isEqualTo(1);
			assertThatThrownBy(() -> imports.start(tenant, neverStarted)).isInstanceOf(ImportStateException.class)
				.hasMessageContaining("was removed on")
				.hasMessageContaining("upload it again");
			// Nothing left to remove: a second pass changes nothing.
			assertThat(system(() -> retention.removeFilesOfImportsOverBefore(OffsetDateTime.now().minusDays(30))))
				.isZero();
		}
		finally {
			system(() -> dsl.update(JOB_RUN)
				.set(JOB_RUN.STATUS, JobRunStatus.COMPLETED)
				.setNull(JOB_RUN.WORKER_ID)
				.where(JOB_RUN.ID.eq(runningRun))
				.execute());
		}
	}

	@Test
	void anImportWhoseRunWasRemovedByHousekeepingDoesNotLookNeverStarted() {
		long tenant = platform.aTenant();
		long id = imports.upload(tenant, CSV);
		long run = imports.start(tenant, id);
		platform.awaitStatus(run, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
		// Housekeeping deletes runs after 90 days; the import's job_run_id then becomes
		// null.
		system(() -> dsl.update(CONTACT_IMPORT)
			.setNull(CONTACT_IMPORT.JOB_RUN_ID)
			.where(CONTACT_IMPORT.ID.eq(id))
			.execute());

		assertThatThrownBy(() -> imports.start(tenant, id)).isInstanceOf(ImportStateException.class)
			.hasMessageContaining("upload the file again");
	}

	private boolean fileStored(long tenant, long importId) {
		return files.exists(tenant, imports.importRow(tenant, importId).getStoredName());
	}

	private static <T> T system(java.util.function.Supplier<T> work) {
		return TenantContext.system(work);
	}

}
