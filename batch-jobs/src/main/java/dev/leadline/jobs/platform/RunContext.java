package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a job knows of the run it serves: its id, tenant and parameters, and a way to
 * report progress, events, a summary and the thing it worked on. A job step gets it
 * injected (a job-scoped bean), a listener asks {@link RunContexts#of}. Jobs never read
 * the platform's own parameter names.
 */
public class RunContext {

	static final String RUN_ID = "run.id";

	static final String TENANT_ID = "tenant.id";

	static final String SUMMARY = "leadline.summary";

	static final String TARGET_TYPE = "leadline.target.type";

	static final String TARGET_ID = "leadline.target.id";

	private final JobExecution execution;

	private final RunEvents events;

	private final DSLContext dsl;

	RunContext(JobExecution execution, RunEvents events, DSLContext dsl) {
		this.execution = execution;
		this.events = events;
		this.dsl = dsl;
	}

	/** Whether callers may not set this parameter themselves: the platform's names. */
	public static boolean isReserved(String name) {
		return name.startsWith("run.") || name.startsWith("tenant.") || name.startsWith("leadline.");
	}

	/**
	 * @throws ReservedJobParameterException when any of the names is reserved
	 */
	static void refuseReserved(Set<String> names) {
		Set<String> reserved = new TreeSet<>();
		names.stream().filter(RunContext::isReserved).forEach(reserved::add);
		if (!reserved.isEmpty()) {
			throw new ReservedJobParameterException(reserved);
		}
	}

	public long runId() {
		Long id = this.execution.getJobParameters().getLong(RUN_ID);
		if (id == null) {
			throw new IllegalStateException(
					"Job execution " + this.execution.getId() + " was not started by the " + "platform: it has no run");
		}
		return id;
	}

	/**
	 * @throws IllegalStateException for a platform job's run, which belongs to no tenant
	 */
	public long tenantId() {
		Long id = tenantIdOrNull();
		if (id == null) {
			throw new IllegalStateException("Run " + runId() + " is a platform run: it belongs to no tenant");
		}
		return id;
	}

	/** The tenant, or null for a platform job's run. */
	public Long tenantIdOrNull() {
		return this.execution.getJobParameters().getLong(TENANT_ID);
	}

	/**
	 * @throws IllegalArgumentException when the run was triggered without it
	 */
	public String parameter(String name) {
		String value = parameter(name, null);
		if (value == null) {
			throw new IllegalArgumentException("Run " + runId() + " needs the parameter '" + name + "'");
		}
		return value;
	}

	public String parameter(String name, String defaultValue) {
		JobParameter<?> parameter = this.execution.getJobParameters().getParameter(name);
		return parameter == null ? defaultValue : String.valueOf(parameter.value());
	}

	/**
	 * @throws IllegalArgumentException when it is missing or not a whole number
	 */
	public long longParameter(String name) {
		String value = parameter(name);
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Run parameter '" + name + "' is not a whole number: " + value);
		}
	}

	/** Whether this is the run's first execution, not a resumption. */
	public boolean firstAttempt() {
		return this.dsl.fetchCount(JOB_RUN_EXECUTION, JOB_RUN_EXECUTION.JOB_RUN_ID.eq(runId())) <= 1;
	}

	/**
	 * Items written by every attempt of the run so far (committed chunks), e.g. for its
	 * summary; a partitioned step's through its partitions
	 * ({@link PartitionSteps#COUNTED}).
	 */
	public long itemsWritten() {
		Long written = this.dsl.fetchValue(DSL.field("""
				(SELECT coalesce(sum(s.write_count), 0) FROM job_run_execution e
				 JOIN batch_step_execution s ON s.job_execution_id = e.job_execution_id
				 WHERE e.job_run_id = {0} AND %s)""".formatted(PartitionSteps.COUNTED), Long.class, DSL.val(runId())));
		return (written != null) ? written : 0;
	}

	public void info(String kind, String message) {
		this.events.info(runId(), tenantIdOrNull(), kind, message);
	}

	public void warning(String kind, String message) {
		this.events.warning(runId(), tenantIdOrNull(), kind, message);
	}

	/**
	 * Ends the run STOPPED (not failed) after the current chunk because it ran out of
	 * credits; a restart resumes it. Call from a step of the run.
	 */
	public void stopOutOfCredits(String message) {
		this.dsl.update(JOB_RUN)
			.set(JOB_RUN.STOP_CAUSE, RunStops.CREDITS)
			.set(JOB_RUN.STOP_REQUESTED_AT, OffsetDateTime.now())
			.where(JOB_RUN.ID.eq(runId()))
			.execute();
		warning("run.out_of_credits", message);
		StepContext step = StepSynchronizationManager.getContext();
		if (step == null) {
			throw new IllegalStateException("Run " + runId() + " can only stop itself from one of its steps");
		}
		step.getStepExecution().setTerminateOnly();
	}

	/** How many items the run will handle, once known: progress is shown against it. */
	public void expectItems(long items) {
		this.dsl.update(JOB_RUN).set(JOB_RUN.ITEMS_EXPECTED, items).where(JOB_RUN.ID.eq(runId())).execute();
	}

	/**
	 * A figure for the run's end (audit log, run-finished event), e.g.
	 * {@code summarise("inserted", 940)}.
	 */
	public void summarise(String key, Object value) {
		ExecutionContext context = this.execution.getExecutionContext();
		@SuppressWarnings("unchecked")
		Map<String, Object> summary = (Map<String, Object>) context.get(SUMMARY);
		Map<String, Object> next = summary == null ? new LinkedHashMap<>() : new LinkedHashMap<>(summary);
		next.put(key, value);
		context.put(SUMMARY, next);
	}

	/**
	 * What the run works on, when it is not the run itself (an import's row, a report).
	 */
	public void target(String type, long id) {
		this.execution.getExecutionContext().putString(TARGET_TYPE, type);
		this.execution.getExecutionContext().putLong(TARGET_ID, id);
	}

	static Map<String, Object> summaryOf(JobExecution execution) {
		@SuppressWarnings("unchecked")
		Map<String, Object> summary = (Map<String, Object>) execution.getExecutionContext().get(SUMMARY);
		return summary == null ? Map.of() : Map.copyOf(summary);
	}

	static JobRunFinished.Target targetOf(JobExecution execution, long runId) {
		ExecutionContext context = execution.getExecutionContext();
		return context.containsKey(TARGET_TYPE)
				? new JobRunFinished.Target(context.getString(TARGET_TYPE), context.getLong(TARGET_ID))
				: new JobRunFinished.Target("job_run", runId);
	}

}
