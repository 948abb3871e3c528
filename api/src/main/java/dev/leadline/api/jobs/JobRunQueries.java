package dev.leadline.api.jobs;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EVENT;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;
import static dev.leadline.db.jooq.Tables.TENANT;
import static dev.leadline.db.jooq.Tables.WORKER;

import dev.leadline.api.system.paging.Cursor;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.JobRunExecutionRecord;
import dev.leadline.db.jooq.tables.records.JobRunRecord;
import dev.leadline.jobs.platform.JobPlatformProperties;
import dev.leadline.jobs.platform.JobRunNotFoundException;
import dev.leadline.jobs.platform.PartitionSteps;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads runs in the caller's scope (one tenant, or all for platform admins) with progress
 * computed from Spring Batch's committed step counts, so it moves chunk by chunk. Lists
 * never count the whole table.
 */
@Component
class JobRunQueries {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/**
	 * Items read and handled (written, filtered or skipped) by the step executions
	 * {@code s}.
	 */
	private static final String ITEMS = """
			coalesce(sum(s.write_count + s.filter_count + s.read_skip_count + s.process_skip_count
			             + s.write_skip_count), 0)""";

	/**
	 * Items of every attempt's committed chunks; a partitioned step's counted in its
	 * partitions, not again in its manager ({@link PartitionSteps#COUNTED}).
	 */
	private static final Field<Long> ITEMS_DONE = DSL.field("""
			(SELECT %s
			 FROM job_run_execution e JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id
			 WHERE e.job_run_id = job_run.id AND %s)""".formatted(ITEMS, PartitionSteps.COUNTED), Long.class)
		.as("items_done_now");

	/**
	 * Items of the latest attempt's committed chunks: the throughput is this attempt's
	 * (its items over its time), as {@code started_at} is.
	 */
	private static final Field<Long> ITEMS_DONE_THIS_ATTEMPT = DSL
		.field("""
				(SELECT %s
				 FROM batch_step_execution s
				 WHERE s.job_execution_id = (SELECT max(e.job_execution_id) FROM job_run_execution e
				                             WHERE e.job_run_id = job_run.id) AND %s)""".formatted(ITEMS,
				PartitionSteps.COUNTED), Long.class)
		.as("items_done_this_attempt");

	private static final Field<String> TRIGGERED_BY_NAME = DSL
		.field(DSL.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(JOB_RUN.TRIGGERED_BY)))
		.as("triggered_by_name");

	private static final Field<String> TENANT_NAME = DSL
		.field(DSL.select(TENANT.NAME).from(TENANT).where(TENANT.ID.eq(JOB_RUN.TENANT_ID)))
		.as("tenant_name");

	private static final Field<String> STOPPED_BY_NAME = DSL
		.field(DSL.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(JOB_RUN.STOP_REQUESTED_BY)))
		.as("stopped_by_name");

	private static final Field<String> IMPORT_SUBJECT = DSL.field("""
			(SELECT i.id || ':' || i.file_name FROM contact_import i WHERE i.job_run_id = job_run.id
			 ORDER BY i.id LIMIT 1)""", String.class).as("import_subject");

	private static final Field<String> ENRICHMENT_SUBJECT = DSL
		.field("(SELECT e.stage FROM enrichment_run e WHERE e.run_id = job_run.id)", String.class)
		.as("enrichment_subject");

	private static final Field<String> REPORT_SUBJECT = DSL
		.field("(SELECT coalesce(r.companies::text, '') FROM report r WHERE r.run_id = job_run.id)", String.class)
		.as("report_subject");

	private final DSLContext dsl;

	private final JsonMapper json;

	private final JobPlatformProperties platform;

	JobRunQueries(DSLContext dsl, JsonMapper json, JobPlatformProperties platform) {
		this.dsl = dsl;
		this.json = json;
		this.platform = platform;
	}

	record Filter(List<JobRunStatus> statuses, String jobName, OffsetDateTime from, OffsetDateTime to) {
	}

	JobRunPage page(Long tenantId, Filter filter, int limit, String cursor) {
		Condition where = tenantId == null ? DSL.noCondition() : JOB_RUN.TENANT_ID.eq(tenantId);
		if (filter.statuses() != null && !filter.statuses().isEmpty()) {
			where = where.and(JOB_RUN.STATUS.in(filter.statuses()));
		}
		if (filter.jobName() != null && !filter.jobName().isBlank()) {
			where = where.and(JOB_RUN.JOB_NAME.eq(filter.jobName()));
		}
		if (filter.from() != null) {
			where = where.and(JOB_RUN.CREATED_AT.ge(filter.from()));
		}
		if (filter.to() != null) {
			where = where.and(JOB_RUN.CREATED_AT.lt(filter.to()));
		}
		if (cursor != null) {
			where = where.and(JOB_RUN.ID.lt(Cursor.decodeId(cursor)));
		}
		List<JobRunView> rows = dsl.select(JOB_RUN.fields())
			.select(ITEMS_DONE, ITEMS_DONE_THIS_ATTEMPT, TRIGGERED_BY_NAME, STOPPED_BY_NAME, TENANT_NAME,
					IMPORT_SUBJECT, ENRICHMENT_SUBJECT, REPORT_SUBJECT)
			.from(JOB_RUN)
			.where(where)
			.orderBy(JOB_RUN.ID.desc())
			.limit(limit + 1)
			.fetch(this::view);
		return Cursor.page(rows, limit, JobRunView::id, JobRunPage::new);
	}

	/**
	 * @throws JobRunNotFoundException when the run is not visible in the caller's scope
	 */
	JobRunDetailView detail(long runId) {
		Record row = dsl.select(JOB_RUN.fields())
			.select(ITEMS_DONE, ITEMS_DONE_THIS_ATTEMPT, TRIGGERED_BY_NAME, STOPPED_BY_NAME, TENANT_NAME,
					IMPORT_SUBJECT, ENRICHMENT_SUBJECT, REPORT_SUBJECT)
			.from(JOB_RUN)
			.where(JOB_RUN.ID.eq(runId))
			.fetchOne();
		if (row == null) {
			throw new JobRunNotFoundException(runId);
		}
		JobRunView run = view(row);
		JobRunRecord record = row.into(JOB_RUN);
		return new JobRunDetailView(run, json.readValue(record.getParameters().data(), MAP), executions(runId),
				allowedActions(run.status(), workerAlive(runId)));
	}

	private boolean workerAlive(long runId) {
		return dsl.fetchExists(dsl.selectOne()
			.from(JOB_RUN)
			.join(WORKER)
			.on(WORKER.ID.eq(JOB_RUN.WORKER_ID))
			.where(JOB_RUN.ID.eq(runId))
			.and(WORKER.STOPPED_AT.isNull())
			.and(WORKER.HEARTBEAT_AT.gt(OffsetDateTime.now().minus(platform.workerTimeout()))));
	}

	JobRunEventPage events(long runId, int limit, String cursor) {
		if (!dsl.fetchExists(JOB_RUN, JOB_RUN.ID.eq(runId))) {
			throw new JobRunNotFoundException(runId);
		}
		Condition where = JOB_RUN_EVENT.JOB_RUN_ID.eq(runId);
		if (cursor != null) {
			where = where.and(JOB_RUN_EVENT.ID.gt(Cursor.decodeId(cursor)));
		}
		List<JobRunEventView> rows = dsl.selectFrom(JOB_RUN_EVENT)
			.where(where)
			.orderBy(JOB_RUN_EVENT.ID)
			.limit(limit + 1)
			.fetch(r -> new JobRunEventView(r.getId(), r.getOccurredAt(), r.getLevel(), r.getKind(), r.getMessage(),
					json.readValue(r.getDetails().data(), MAP)));
		return Cursor.page(rows, limit, JobRunEventView::id, JobRunEventPage::new);
	}

	private List<ExecutionView> executions(long runId) {
		List<JobRunExecutionRecord> attempts = dsl.selectFrom(JOB_RUN_EXECUTION)
			.where(JOB_RUN_EXECUTION.JOB_RUN_ID.eq(runId))
			.orderBy(JOB_RUN_EXECUTION.JOB_EXECUTION_ID)
			.fetch();
		List<ExecutionView> executions = new ArrayList<>();
		for (JobRunExecutionRecord attempt : attempts) {
			long id = attempt.getJobExecutionId();
			Record execution = dsl
				.resultQuery("SELECT status, exit_code, exit_message, start_time, end_time "
						+ "FROM batch_job_execution WHERE job_execution_id = ?", id)
				.fetchOne();
			if (execution == null) {
				continue;
			}
			List<StepView> steps = dsl.resultQuery("""
					SELECT step_execution_id, step_name, status, read_count, write_count, filter_count,
					       read_skip_count + process_skip_count + write_skip_count AS skip_count, commit_count,
					       rollback_count, exit_code, exit_message, start_time, end_time
					FROM batch_step_execution WHERE job_execution_id = ? ORDER BY step_execution_id""", id)
				.fetch(s -> new StepView(s.get(0, Long.class), s.get(1, String.class), s.get(2, String.class),
						s.get(3, Long.class), s.get(4, Long.class), s.get(5, Long.class), s.get(6, Long.class),
						s.get(7, Long.class), s.get(8, Long.class), s.get(9, String.class),
						exitMessage(s.get(2, String.class), s.get(10, String.class)),
						utc(s.get(11, LocalDateTime.class)), utc(s.get(12, LocalDateTime.class))));
			executions.add(new ExecutionView(id, attempt.getQueuedAt(), attempt.getWorkerId(),
					execution.get(0, String.class), execution.get(1, String.class),
					exitMessage(execution.get(0, String.class), execution.get(2, String.class)),
					utc(execution.get(3, LocalDateTime.class)), utc(execution.get(4, LocalDateTime.class)), steps));
		}
		return executions;
	}

	private JobRunView view(Record row) {
		JobRunRecord r = row.into(JOB_RUN);
		long done = row.get(ITEMS_DONE) == null ? 0 : row.get(ITEMS_DONE);
		Long expected = r.getItemsExpected();
		Double percent = percent(r.getStatus(), done, expected);
		double perSecond = 0;
		if (r.getStartedAt() != null) {
			OffsetDateTime end = r.getEndedAt() == null ? OffsetDateTime.now() : r.getEndedAt();
			long millis = Math.max(1, Duration.between(r.getStartedAt(), end).toMillis());
			Long attempt = row.get(ITEMS_DONE_THIS_ATTEMPT);
			perSecond = Math.round(((attempt == null) ? 0 : attempt) * 10000.0 / millis) / 10.0;
		}
		RunStopView stop = r.getStopCause() == null ? null : new RunStopView(r.getStopCause(), r.getStopRequestedBy(),
				row.get(STOPPED_BY_NAME), r.getStopWorkerId(), r.getStopRequestedAt());
		return new JobRunView(r.getId(), r.getTenantId(), row.get(TENANT_NAME), r.getJobName(), r.getStatus(),
				r.getTriggerType(), r.getTriggeredBy(), row.get(TRIGGERED_BY_NAME), r.getCreatedAt(), r.getQueuedAt(),
				r.getStartedAt(), r.getEndedAt(), new ProgressView(done, expected, percent, perSecond), stop,
				r.getFailureType(), r.getFailureMessage(), subject(r.getId(), row));
	}

	private static JobSubjectView subject(long runId, Record row) {
		String imported = row.get(IMPORT_SUBJECT);
		if (imported != null) {
			int colon = imported.indexOf(':');
			return new JobSubjectView("import", Long.parseLong(imported.substring(0, colon)),
					imported.substring(colon + 1));
		}
		if (row.get(ENRICHMENT_SUBJECT) != null) {
			return new JobSubjectView("enrichment", runId, row.get(ENRICHMENT_SUBJECT));
		}
		String report = row.get(REPORT_SUBJECT);
		if (report != null) {
			return new JobSubjectView("report", runId, report.isEmpty() ? "" : report + " companies");
		}
		return null;
	}

	/** Done of expected, 0 to 100; a completed run is 100 % whatever the estimate was. */
	static Double percent(JobRunStatus status, long done, Long expected) {
		if (status == JobRunStatus.COMPLETED) {
			return 100.0;
		}
		return expected == null || expected == 0 ? null : Math.min(100.0, Math.round(done * 1000.0 / expected) / 10.0);
	}

	static List<String> allowedActions(JobRunStatus status, boolean workerAlive) {
		return switch (status) {
			case QUEUED -> List.of("stop", "abandon");
			case STARTING, STARTED -> workerAlive ? List.of("stop") : List.of("stop", "recover");
			case STOPPING -> workerAlive ? List.of() : List.of("recover");
			case FAILED, STOPPED -> List.of("restart", "abandon");
			case COMPLETED, ABANDONED -> List.of();
		};
	}

	/**
	 * What an execution or step's exit says, if anything: a stopped one was stopped (the
	 * run says by whom), so the interruption Spring Batch records on the way is no
	 * message.
	 */
	static String exitMessage(String status, String message) {
		if ("STOPPED".equals(status) && message != null && message.contains("JobInterruptedException")) {
			return null;
		}
		return brief(message);
	}

	/**
	 * Spring Batch's exit messages may hold a stack trace: the client gets its first line
	 * only.
	 */
	static String brief(String message) {
		if (message == null || message.isBlank()) {
			return null;
		}
		// "org.example.SomeException: text" reads as "SomeException: text".
		String first = message.lines()
			.findFirst()
			.orElse("")
			.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)", "$1");
		return first.length() > 500 ? first.substring(0, 500) + "…" : first;
	}

	private static OffsetDateTime utc(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
	}

}
