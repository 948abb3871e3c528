package dev.leadline.api.reports;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.REPORT;
import static dev.leadline.db.jooq.Tables.REPORT_FILE;

import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.ReportFileRecord;
import dev.leadline.jobs.reports.ReportFileState;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads reports and their files, in the caller's tenant scope. */
@Component
class ReportQueries {

	private final DSLContext dsl;

	ReportQueries(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<ReportView> reports(long tenantId, Long before, int limit) {
		return reportsQuery(tenantId).and((before == null) ? DSL.noCondition() : REPORT.RUN_ID.lt(before))
			.orderBy(REPORT.RUN_ID.desc())
			.limit(limit)
			.fetch(this::view);
	}

	/**
	 * @throws NotFoundException when the tenant has no such report
	 */
	ReportView report(long tenantId, long reportId) {
		Record row = reportsQuery(tenantId).and(REPORT.RUN_ID.eq(reportId)).fetchOne();
		if (row == null) {
			throw new NotFoundException("report", reportId);
		}
		return view(row);
	}

	ReportDetailView detail(long tenantId, long reportId, long after, int limit) {
		ReportView report = report(tenantId, reportId);
		List<ReportFileView> files = this.dsl.select(REPORT_FILE.asterisk(), COMPANY.NAME)
			.from(REPORT_FILE)
			.leftJoin(COMPANY)
			.on(COMPANY.TENANT_ID.eq(REPORT_FILE.TENANT_ID), COMPANY.ID.eq(REPORT_FILE.COMPANY_ID))
			.where(REPORT_FILE.TENANT_ID.eq(tenantId), REPORT_FILE.REPORT_ID.eq(reportId), REPORT_FILE.ID.gt(after))
			.orderBy(REPORT_FILE.ID)
			.limit(limit + 1)
			.fetch((row) -> {
				ReportFileRecord f = row.into(REPORT_FILE);
				return new ReportFileView(f.getId(), f.getCompanyId(), row.get(COMPANY.NAME), f.getState(),
						f.getFileName(), f.getSizeBytes(), f.getSha256(), f.getCreatedAt(), f.getReason());
			});
		Long next = (files.size() > limit) ? files.get(limit - 1).id() : null;
		return new ReportDetailView(report, files.subList(0, Math.min(limit, files.size())), next);
	}

	/**
	 * A complete file of the report.
	 * @throws NotFoundException when the tenant has no such report, or the report no such
	 * complete file
	 * @throws ReportFilesRemovedException when the report's files are past the retention
	 */
	ReportFileRecord completeFile(long tenantId, long reportId, long fileId) {
		ReportView report = report(tenantId, reportId);
		ReportFileRecord file = this.dsl.selectFrom(REPORT_FILE)
			.where(REPORT_FILE.TENANT_ID.eq(tenantId), REPORT_FILE.REPORT_ID.eq(reportId), REPORT_FILE.ID.eq(fileId),
					REPORT_FILE.STATE.eq(ReportFileState.COMPLETE))
			.fetchOne();
		if (file == null) {
			throw new NotFoundException("report file", fileId);
		}
		requireFiles(report);
		return file;
	}

	/**
	 * @throws ReportFilesRemovedException when the report's files are past the retention
	 */
	static void requireFiles(ReportView report) {
		if (report.filesRemovedAt() != null) {
			throw new ReportFilesRemovedException(report.id());
		}
	}

	private SelectConditionStep<Record> reportsQuery(long tenantId) {
		return this.dsl.select(REPORT.asterisk())
			.select(JOB_RUN.STATUS, JOB_RUN.ENDED_AT, APP_USER.DISPLAY_NAME, count(ReportFileState.COMPLETE),
					count(ReportFileState.FAILED), count(ReportFileState.PENDING))
			.from(REPORT)
			.join(JOB_RUN)
			.on(JOB_RUN.ID.eq(REPORT.RUN_ID))
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(REPORT.CREATED_BY))
			.where(REPORT.TENANT_ID.eq(tenantId));
	}

	private static Field<Integer> count(String state) {
		return DSL
			.field(DSL.selectCount()
				.from(REPORT_FILE)
				.where(REPORT_FILE.TENANT_ID.eq(REPORT.TENANT_ID), REPORT_FILE.REPORT_ID.eq(REPORT.RUN_ID),
						REPORT_FILE.STATE.eq(state)))
			.as(state);
	}

	private ReportView view(Record row) {
		int complete = row.get(ReportFileState.COMPLETE, Integer.class);
		int failed = row.get(ReportFileState.FAILED, Integer.class);
		int pending = row.get(ReportFileState.PENDING, Integer.class);
		Integer companies = row.get(REPORT.COMPANIES);
		int progress = (companies == null || companies == 0) ? 0 : (int) ((complete + failed) * 100L / companies);
		return new ReportView(row.get(REPORT.RUN_ID), row.get(JOB_RUN.STATUS).getLiteral(),
				row.get(APP_USER.DISPLAY_NAME), row.get(REPORT.CREATED_AT), row.get(JOB_RUN.ENDED_AT), companies,
				complete, failed, pending, progress, row.get(REPORT.FILES_REMOVED_AT));
	}

}
