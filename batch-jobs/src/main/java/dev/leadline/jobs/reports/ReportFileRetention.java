package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.REPORT;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.platform.HousekeepingTask;
import dev.leadline.jobs.platform.RunStatuses;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes reports' files once they are older than the retention and their run is neither
 * queued nor running. The report's rows stay, marked with {@code files_removed_at}; its
 * downloads then answer 410. Each report is decided in a transaction of its own (row
 * locked, conditions read again, marked, committed) before its files are deleted; a
 * deletion that fails is tried again on later passes.
 */
@Component
class ReportFileRetention implements HousekeepingTask {

	private static final Logger log = LoggerFactory.getLogger(ReportFileRetention.class);

	private static final List<JobRunStatus> ACTIVE = Stream
		.concat(Stream.of(JobRunStatus.QUEUED), RunStatuses.ACTIVE.stream())
		.toList();

	private final DSLContext dsl;

	private final FileStore files;

	private final TransactionTemplate ownTransaction;

	private final ReportProperties properties;

	ReportFileRetention(DSLContext dsl, FileStore files, PlatformTransactionManager transactions,
			ReportProperties properties) {
		this.dsl = dsl;
		this.files = files;
		this.properties = properties;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public String name() {
		return "reportFiles";
	}

	@Override
	public int clean(OffsetDateTime now) {
		OffsetDateTime cutoff = now.minus(this.properties.fileRetention());
		List<Long> candidates = this.dsl.select(REPORT.RUN_ID).from(REPORT).where(expired(cutoff)).fetch(REPORT.RUN_ID);
		int removed = 0;
		for (long id : candidates) {
			Record2<Long, Long> report = this.ownTransaction.execute((status) -> mark(id, cutoff));
			if (report != null) {
				delete(report.value1(), report.value2());
				removed++;
			}
		}
		this.dsl.select(REPORT.TENANT_ID, REPORT.RUN_ID)
			.from(REPORT)
			.where(REPORT.FILES_REMOVED_AT.ge(cutoff))
			.forEach((r) -> delete(r.value1(), r.value2()));
		return removed;
	}

	private Record2<Long, Long> mark(long reportId, OffsetDateTime cutoff) {
		this.dsl.select(REPORT.RUN_ID).from(REPORT).where(REPORT.RUN_ID.eq(reportId)).forUpdate().fetch();
		return this.dsl.update(REPORT)
			.set(REPORT.FILES_REMOVED_AT, DSL.currentOffsetDateTime())
			.where(REPORT.RUN_ID.eq(reportId))
			.and(expired(cutoff))
			.returningResult(REPORT.TENANT_ID, REPORT.RUN_ID)
			.fetchOne();
	}

	private static Condition expired(OffsetDateTime cutoff) {
		return REPORT.FILES_REMOVED_AT.isNull()
			.and(REPORT.CREATED_AT.lt(cutoff))
			.andNotExists(DSL.selectOne().from(JOB_RUN).where(JOB_RUN.ID.eq(REPORT.RUN_ID), JOB_RUN.STATUS.in(ACTIVE)));
	}

	private void delete(long tenantId, long reportId) {
		try {
			this.files.deleteAll(ReportJob.directory(tenantId, reportId));
		}
		catch (IOException ex) {
			log.warn("Report {}: its files could not be removed ({}); the next housekeeping tries again", reportId,
					ex.toString());
		}
	}

}
