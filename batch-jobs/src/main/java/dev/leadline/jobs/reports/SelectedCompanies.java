package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.REPORT;
import static dev.leadline.db.jooq.Tables.REPORT_FILE;

import dev.leadline.db.jooq.tables.records.ReportRecord;
import dev.leadline.jobs.selection.CompanyConditions;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's first step: records a pending file per selected company, once. A repeated
 * step (a restart) finds them recorded and does nothing, so the set never changes
 * mid-run.
 */
final class SelectedCompanies {

	private SelectedCompanies() {
	}

	static Condition condition(long tenantId, ReportRequest request, long upToId) {
		Condition selected = (request.companyIds() != null)
				? COMPANY.TENANT_ID.eq(tenantId).and(COMPANY.ID.in(request.companyIds()))
				: CompanyConditions.of(tenantId, request.filter());
		return selected.and(COMPANY.ID.le(upToId));
	}

	/**
	 * @return the number of companies the report covers
	 */
	static long select(DSLContext dsl, JsonMapper json, long tenantId, long reportId) {
		ReportRecord report = dsl.selectFrom(REPORT)
			.where(REPORT.TENANT_ID.eq(tenantId), REPORT.RUN_ID.eq(reportId))
			.forUpdate()
			.fetchSingle();
		if (report.getSelectedAt() != null) {
			return report.getCompanies();
		}
		ReportRequest request = json.readValue(report.getSelection().data(), ReportRequest.class);
		int inserted = dsl.insertInto(REPORT_FILE, REPORT_FILE.TENANT_ID, REPORT_FILE.REPORT_ID, REPORT_FILE.COMPANY_ID)
			.select(DSL.select(DSL.val(tenantId), DSL.val(reportId), COMPANY.ID)
				.from(COMPANY)
				.where(condition(tenantId, request, report.getUpToId()))
				.orderBy(COMPANY.ID))
			.execute();
		report.setCompanies(inserted);
		report.setSelectedAt(OffsetDateTime.now());
		report.store();
		return inserted;
	}

}
