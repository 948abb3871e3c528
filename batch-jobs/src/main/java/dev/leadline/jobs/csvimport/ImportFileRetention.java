package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_STAGE;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.HousekeepingTask;
import dev.leadline.jobs.platform.RunStatuses;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes uploaded files once their import is over: its last activity (upload, start,
 * end, or its run's queueing or end) lies longer ago than the retention, and no run of it
 * is queued or in progress. The import's row, counts and rejected rows stay, marked with
 * {@code file_removed_at}; such an import can no longer be started, and a restart of its
 * run fails saying why.
 * <p>
 * Each import is decided in a transaction of its own: its row is locked (as
 * {@link ContactImports#start} locks it), the conditions are read again, the row is
 * marked and committed, and only then is the file deleted. A start that won the lock has
 * queued its run, which keeps the file; a deletion that fails is tried again on later
 * passes.
 */
@Component
public class ImportFileRetention implements HousekeepingTask {

	private static final Logger log = LoggerFactory.getLogger(ImportFileRetention.class);

	/** Runs waiting for a worker or owned by one. */
	private static final List<JobRunStatus> ACTIVE = Stream
		.concat(Stream.of(JobRunStatus.QUEUED), RunStatuses.ACTIVE.stream())
		.toList();

	private final DSLContext dsl;

	private final ImportFiles files;

	private final TransactionTemplate ownTransaction;

	private final ImportProperties properties;

	ImportFileRetention(DSLContext dsl, ImportFiles files, PlatformTransactionManager transactions,
			ImportProperties properties) {
		this.dsl = dsl;
		this.properties = properties;
		this.files = files;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String name() {
		return "importFiles";
	}

	/**
	 * Removes the files of imports whose last activity lies longer ago than the
	 * retention.
	 */
	@Override
	public int clean(OffsetDateTime now) {
		return removeFilesOfImportsOverBefore(now.minus(this.properties.fileRetention()));
	}

	/**
	 * Removes the files of imports over before {@code cutoff}, across tenants (call in
	 * the system scope), and deletes again files of imports marked since {@code cutoff}
	 * whose deletion failed.
	 * @return how many imports lost their file in this pass
	 */
	public int removeFilesOfImportsOverBefore(OffsetDateTime cutoff) {
		List<Long> candidates = dsl.select(CONTACT_IMPORT.ID)
			.from(CONTACT_IMPORT)
			.where(over(cutoff))
			.fetch(CONTACT_IMPORT.ID);
		int removed = 0;
		for (long id : candidates) {
			Record2<Long, String> file = ownTransaction.execute(status -> mark(id, cutoff));
			if (file != null) {
				delete(id, file.value1(), file.value2());
				removed++;
			}
		}
		dsl.select(CONTACT_IMPORT.ID, CONTACT_IMPORT.TENANT_ID, CONTACT_IMPORT.STORED_NAME)
			.from(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.FILE_REMOVED_AT.ge(cutoff))
			.forEach(r -> delete(r.value1(), r.value2(), r.value3()));
		return removed;
	}

	/**
	 * Marks the import if it is still over once its row is locked; answers its tenant and
	 * file, else null.
	 */
	private Record2<Long, String> mark(long id, OffsetDateTime cutoff) {
		dsl.select(CONTACT_IMPORT.ID).from(CONTACT_IMPORT).where(CONTACT_IMPORT.ID.eq(id)).forUpdate().fetchOne();
		// A new statement after the lock: it sees a run that a concurrent start
		// committed.
		Record2<Long, String> file = dsl.update(CONTACT_IMPORT)
			.set(CONTACT_IMPORT.FILE_REMOVED_AT, DSL.currentOffsetDateTime())
			.where(CONTACT_IMPORT.ID.eq(id))
			.and(over(cutoff))
			.returningResult(CONTACT_IMPORT.TENANT_ID, CONTACT_IMPORT.STORED_NAME)
			.fetchOne();
		if (file != null) {
			// An import that can no longer run never merges what it staged.
			dsl.deleteFrom(CONTACT_IMPORT_STAGE).where(CONTACT_IMPORT_STAGE.IMPORT_ID.eq(id)).execute();
		}
		return file;
	}

	/**
	 * Not marked yet, nothing happened to it since {@code cutoff}, and no run of it
	 * waiting or running.
	 */
	private static Condition over(OffsetDateTime cutoff) {
		Field<OffsetDateTime> runActivity = DSL.select(DSL.greatest(JOB_RUN.QUEUED_AT, JOB_RUN.ENDED_AT))
			.from(JOB_RUN)
			.where(JOB_RUN.ID.eq(CONTACT_IMPORT.JOB_RUN_ID))
			.asField();
		// greatest() skips nulls: an import never started is judged by its upload.
		return CONTACT_IMPORT.FILE_REMOVED_AT.isNull()
			.and(DSL
				.greatest(CONTACT_IMPORT.CREATED_AT, CONTACT_IMPORT.STARTED_AT, CONTACT_IMPORT.FINISHED_AT, runActivity)
				.lt(cutoff))
			.andNotExists(DSL.selectOne()
				.from(JOB_RUN)
				.where(JOB_RUN.ID.eq(CONTACT_IMPORT.JOB_RUN_ID))
				.and(JOB_RUN.STATUS.in(ACTIVE)));
	}

	private void delete(long importId, long tenantId, String name) {
		try {
			files.deleteOrFail(tenantId, name);
		}
		catch (IOException ex) {
			log.warn("Import {}: its file {} could not be removed ({}); the next housekeeping tries again", importId,
					name, ex.toString());
		}
	}

}
