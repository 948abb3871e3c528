package dev.leadline.api.jobs;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.jobs.platform.JobCatalog;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import dev.leadline.jobs.platform.UnknownJobException;
import java.util.Map;
import java.util.Objects;
import dev.leadline.api.system.problems.InvalidParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts jobs that a tenant's admins may start by name, audited. */
@Service
class TenantJobTriggers {

	private final JobCatalog catalog;

	private final JobRuns runs;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	TenantJobTriggers(JobCatalog catalog, JobRuns runs, AuditLog audit, TransactionTemplate transactions) {
		this.catalog = catalog;
		this.runs = runs;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * @throws UnknownJobException when the job does not exist or may not be started by
	 * name
	 */
	RunTicket trigger(CurrentUser user, TriggerJobRequest request, String idempotencyKey) {
		catalog.requireStartableByName(request.jobName());
		if (request.parameters() != null && request.parameters().values().stream().anyMatch(Objects::isNull)) {
			throw new InvalidParameterException("parameters", "values must be strings, not null");
		}
		Map<String, String> parameters = request.parameters() == null ? Map.of() : request.parameters();
		Long expected = parameters.containsKey("items") ? parseOrNull(parameters.get("items")) : null;
		RunTicket ticket = runs.trigger(user.tenantId(), request.jobName(), parameters, RunTrigger.api(user.userId()),
				idempotencyKey, expected);
		if (ticket.created()) {
			transactions.executeWithoutResult(tx -> audit.record(user.tenantId(), AuditLog.Actor.of(user),
					"job.triggered", AuditLog.Target.of("job_run", ticket.runId()), Map.of("job", request.jobName())));
		}
		return ticket;
	}

	private static Long parseOrNull(String value) {
		try {
			long items = Long.parseLong(value.trim());
			// The drill and harness refuse negative counts when they run; nothing to
			// expect.
			return items >= 0 ? items : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
