package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.REPORT;

import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports' front door: starts a report (queued on the job platform, rendered by any
 * worker). Works in the caller's tenant scope.
 */
@Service
public class Reports {

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final JobRuns runs;

	private final JsonMapper json;

	Reports(DSLContext dsl, TransactionTemplate transactions, JobRuns runs, JsonMapper json) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.runs = runs;
		this.json = json;
	}

	/**
	 * Queues a report over the companies the request selects now (companies created later
	 * are not part of it).
	 * @param idempotencyKey optional: the same key answers the same report
	 * @throws InvalidReportRequestException when the request names neither ids nor a
	 * filter, or too many ids
	 * @throws NothingToReportException when it selects no company
	 */
	public RunTicket start(long tenantId, ReportRequest request, RunTrigger trigger, String idempotencyKey) {
		request.check();
		return this.transactions.execute((status) -> {
			Long upToId = this.dsl.select(DSL.max(COMPANY.ID))
				.from(COMPANY)
				.where(COMPANY.TENANT_ID.eq(tenantId))
				.fetchOne(0, Long.class);
			int selected = (upToId == null) ? 0
					: this.dsl.fetchCount(COMPANY, SelectedCompanies.condition(tenantId, request, upToId));
			if (selected == 0) {
				throw new NothingToReportException();
			}
			RunTicket ticket = this.runs.trigger(tenantId, ReportJob.NAME, Map.of(), trigger, idempotencyKey,
					(long) selected);
			this.dsl.insertInto(REPORT)
				.set(REPORT.RUN_ID, ticket.runId())
				.set(REPORT.TENANT_ID, tenantId)
				.set(REPORT.SELECTION, JSONB.valueOf(this.json.writeValueAsString(request)))
				.set(REPORT.UP_TO_ID, upToId)
				.set(REPORT.CREATED_BY, trigger.userId())
				.onConflictDoNothing()
				.execute();
			return ticket;
		});
	}

}
