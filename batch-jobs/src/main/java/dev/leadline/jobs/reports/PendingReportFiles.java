package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.REPORT_FILE;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.DSLContext;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The report's companies whose file is still pending, in id order, a page at a time. It
 * keeps no position: a file stays pending until the chunk that stored it commits, so a
 * restarted run reads exactly the companies no committed chunk has done (Spring Batch's
 * process-indicator pattern).
 */
class PendingReportFiles implements ItemReader<Long> {

	private final DSLContext dsl;

	private final long tenantId;

	private final long reportId;

	private final int pageSize;

	private final Deque<Long> page = new ArrayDeque<>();

	private long lastId = -1;

	private boolean exhausted;

	PendingReportFiles(DSLContext dsl, long tenantId, long reportId, int pageSize) {
		this.dsl = dsl;
		this.tenantId = tenantId;
		this.reportId = reportId;
		this.pageSize = pageSize;
	}

	@Override
	public Long read() {
		if (this.page.isEmpty() && !this.exhausted) {
			this.dsl.select(REPORT_FILE.COMPANY_ID)
				.from(REPORT_FILE)
				.where(REPORT_FILE.TENANT_ID.eq(this.tenantId), REPORT_FILE.REPORT_ID.eq(this.reportId),
						REPORT_FILE.STATE.eq(ReportFileState.PENDING), REPORT_FILE.COMPANY_ID.gt(this.lastId))
				.orderBy(REPORT_FILE.COMPANY_ID)
				.limit(this.pageSize)
				.fetch(REPORT_FILE.COMPANY_ID)
				.forEach(this.page::add);
			this.exhausted = this.page.size() < this.pageSize;
		}
		Long next = this.page.poll();
		if (next != null) {
			this.lastId = next;
		}
		return next;
	}

}
