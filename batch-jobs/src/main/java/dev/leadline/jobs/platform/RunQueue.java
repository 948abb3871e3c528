package dev.leadline.jobs.platform;

import dev.leadline.db.tenancy.TenantContext;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.JobRunStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued runs to workers: each run to exactly one worker, tenants taking turns, and
 * no tenant over its concurrency limit. Claims are serialised by a transaction-scoped
 * advisory lock, which makes the per-tenant count exact across processes; a claim is a
 * few milliseconds.
 */
@Component
class RunQueue {

	private static final long CLAIM_LOCK = 0x10B5C1A1L;

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final JobPlatformProperties properties;

	RunQueue(DSLContext dsl, TransactionTemplate transactions, JobPlatformProperties properties) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.properties = properties;
	}

	record ClaimedRun(long id, Long tenantId, String jobName, boolean restartPending, OffsetDateTime queuedAt) {
	}

	List<ClaimedRun> claim(String workerId, int capacity) {
		if (capacity <= 0) {
			return List.of();
		}
		return TenantContext.system(() -> transactions.execute(status -> {
			dsl.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(CLAIM_LOCK))).fetch();
			List<Long> ids = dsl.resultQuery("""
					WITH active AS (
					    SELECT tenant_id, count(*) AS n FROM job_run
					    WHERE status IN ('STARTING', 'STARTED', 'STOPPING') GROUP BY tenant_id),
					queued AS (
					    SELECT id, tenant_id, queued_at,
					           row_number() OVER (PARTITION BY tenant_id ORDER BY queued_at, id) AS turn
					    FROM job_run WHERE status = 'QUEUED')
					SELECT q.id FROM queued q
					LEFT JOIN active a ON a.tenant_id IS NOT DISTINCT FROM q.tenant_id
					WHERE coalesce(a.n, 0) + q.turn <= {0}
					ORDER BY q.turn, q.queued_at, q.id
					LIMIT {1}""", DSL.val(properties.perTenantConcurrency()), DSL.val(capacity)).fetch(0, Long.class);
			if (ids.isEmpty()) {
				return List.of();
			}
			return dsl.update(JOB_RUN)
				.set(JOB_RUN.STATUS, JobRunStatus.STARTING)
				.set(JOB_RUN.WORKER_ID, workerId)
				.where(JOB_RUN.ID.in(ids))
				.and(JOB_RUN.STATUS.eq(JobRunStatus.QUEUED))
				.returning(JOB_RUN.ID, JOB_RUN.TENANT_ID, JOB_RUN.JOB_NAME, JOB_RUN.RESTART_PENDING, JOB_RUN.QUEUED_AT)
				.fetch(r -> new ClaimedRun(r.getId(), r.getTenantId(), r.getJobName(), r.getRestartPending(),
						r.getQueuedAt()));
		}));
	}

}
