package dev.leadline.api.jobs;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.WorkerRecovery;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Stop, restart, abandon and recover on behalf of a user, each in the audit log. */
@Service
class JobRunActions {

	private final JobRuns runs;

	private final WorkerRecovery recovery;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	JobRunActions(JobRuns runs, WorkerRecovery recovery, AuditLog audit, TransactionTemplate transactions) {
		this.runs = runs;
		this.recovery = recovery;
		this.audit = audit;
		this.transactions = transactions;
	}

	JobRunStatus act(CurrentUser user, Long tenantId, long runId, String action) {
		JobRunStatus status = switch (action) {
			case "stop" -> runs.stop(runId, user.userId());
			case "restart" -> runs.restart(runId);
			case "abandon" -> runs.abandon(runId);
			case "recover" -> runs.recover(runId, recovery);
			default -> throw new IllegalArgumentException(action);
		};
		transactions.executeWithoutResult(tx -> audit.record(tenantId, AuditLog.Actor.of(user), "job." + action,
				AuditLog.Target.of("job_run", runId), Map.of("status", status.getLiteral())));
		return status;
	}

}
