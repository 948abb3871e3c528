package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.RunStatuses;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes uploaded files once their import is over: ended (completed, failed or stopped) or uploaded and never
 * started, longer ago than the retention. The import's row, counts and rejected rows stay, marked with
 * {@code file_removed_at}; such an import can no longer be started or restarted. A file whose import has a run
 * queued or in progress is kept whatever its age.
 */
@Component
public class ImportFileRetention {

	private static final Logger log = LoggerFactory.getLogger(ImportFileRetention.class);

	/** Runs waiting for a worker or owned by one. */
	private static final List<JobRunStatus> ACTIVE = Stream.concat(Stream.of(JobRunStatus.QUEUED),
			RunStatuses.ACTIVE.stream()).toList();

	private final DSLContext dsl;

	private final ImportFiles files;

	ImportFileRetention(DSLContext dsl, ImportFiles files) {
		this.dsl = dsl;
		this.files = files;
	}

	/**
	 * Removes the files of imports over before {@code cutoff}, across tenants (call in the system scope). A file
	 * that cannot be deleted is left unmarked and tried again next time.
	 * @return how many files were removed
	 */
	public int removeFilesOfImportsOverBefore(OffsetDateTime cutoff) {
		var over = dsl.select(CONTACT_IMPORT.ID, CONTACT_IMPORT.TENANT_ID, CONTACT_IMPORT.STORED_NAME)
			.from(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.FILE_REMOVED_AT.isNull())
			.and(DSL.coalesce(CONTACT_IMPORT.FINISHED_AT, CONTACT_IMPORT.CREATED_AT).lt(cutoff))
			.andNotExists(DSL.selectOne().from(JOB_RUN)
				.where(JOB_RUN.ID.eq(CONTACT_IMPORT.JOB_RUN_ID)).and(JOB_RUN.STATUS.in(ACTIVE)))
			.fetch();
		int removed = 0;
		for (var row : over) {
			try {
				files.deleteOrFail(row.value2(), row.value3());
			}
			catch (java.io.IOException ex) {
				log.warn("Import {}: its file {} could not be removed ({}); next housekeeping tries again", row.value1(),
						row.value3(), ex.toString());
				continue;
			}
			dsl.update(CONTACT_IMPORT).set(CONTACT_IMPORT.FILE_REMOVED_AT, DSL.currentOffsetDateTime())
				.where(CONTACT_IMPORT.ID.eq(row.value1())).execute();
			removed++;
		}
		return removed;
	}

}
