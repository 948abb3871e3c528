package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN_EXECUTION;
import static dev.leadline.db.jooq.Tables.TENANT;
import static org.awaitility.Awaitility.await;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.harness.HarnessJobConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tenants, harness runs and waiting, for the platform's tests. */
@Component
public class PlatformTestSupport {

	private final DSLContext dsl;

	private final JobRuns runs;

	private final Map<Long, JobRunFinished> finished = new ConcurrentHashMap<>();

	PlatformTestSupport(DSLContext dsl, JobRuns runs) {
		this.dsl = dsl;
		this.runs = runs;
	}

	@EventListener
	void finished(JobRunFinished event) {
		this.finished.put(event.runId(), event);
	}

	public long aTenant() {
		String slug = "p-" + UUID.randomUUID().toString().substring(0, 12);
		return TenantContext.system(() -> dsl.insertInto(TENANT)
			.set(TENANT.SLUG, slug)
			.set(TENANT.NAME, slug)
			.returning(TENANT.ID)
			.fetchSingle(TENANT.ID));
	}

	public long harnessRun(long tenant, Map<String, String> parameters) {
		return TenantContext.call(TenantScope.tenant(tenant),
				() -> runs
					.trigger(tenant, HarnessJobConfiguration.JOB, parameters, RunTrigger.system("test"), null, null)
					.runId());
	}

	public JobRunStatus status(long run) {
		return TenantContext.system(
				() -> dsl.select(JOB_RUN.STATUS).from(JOB_RUN).where(JOB_RUN.ID.eq(run)).fetchSingle(JOB_RUN.STATUS));
	}

	public String failure(long run) {
		return TenantContext.system(() -> dsl.select(JOB_RUN.FAILURE_MESSAGE)
			.from(JOB_RUN)
			.where(JOB_RUN.ID.eq(run))
			.fetchSingle(JOB_RUN.FAILURE_MESSAGE));
	}

	public JobRunStatus awaitStatus(long run, JobRunStatus expected, Duration within) {
		await().alias("run " + run + " to become " + expected)
			.atMost(within)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(status(run))
				.as("run %d (failure: %s)", run, failure(run))
				.isEqualTo(expected));
		return expected;
	}

	/** Harness items the run wrote, counted from the tenant's contacts. */
	public int itemsWritten(long tenant, long run) {
		return TenantContext.call(TenantScope.tenant(tenant),
				() -> dsl.fetchCount(CONTACT, CONTACT.EMAIL.like("harness-" + run + "-%")));
	}

	public int executions(long run) {
		return TenantContext.system(() -> dsl.fetchCount(JOB_RUN_EXECUTION, JOB_RUN_EXECUTION.JOB_RUN_ID.eq(run)));
	}

	public int batchExecutionsOfOneInstance(long run) {
		return TenantContext.system(() -> dsl.fetchValue(DSL.field(
				"(SELECT count(DISTINCT e.job_instance_id) FROM batch_job_execution e "
						+ "JOIN job_run_execution r ON r.job_execution_id = e.job_execution_id WHERE r.job_run_id = ?)",
				Integer.class, run)));
	}

	/**
	 * The figures the run's last execution reported through {@link RunContext#summarise},
	 * as the run-finished event (audit log, notifications) carries them.
	 */
	public Map<String, Object> summary(long run) {
		await().alias("run " + run + " to announce its end")
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.finished.containsKey(run));
		return this.finished.get(run).summary();
	}

	public <T> T as(long tenant, java.util.function.Supplier<T> work) {
		return TenantContext.call(TenantScope.tenant(tenant), work);
	}

}
