package dev.leadline.api.audit;

import dev.leadline.jobs.platform.JobCatalog;
import dev.leadline.jobs.platform.LaunchableJob;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Every action the audit log records, in one place: the log refuses others, so the filter
 * the dashboard offers (served from here) cannot drift from what is recorded. Jobs add
 * the actions of their runs' ends from their declarations.
 */
@Component
public class AuditActions {

	static final List<String> RECORDED_BY_THE_API = List.of("login.succeeded", "login.failed", "logout",
			"refresh_token.reused", "user.created", "user.updated", "user.role_changed", "user.deleted",
			"tenant.created", "import.uploaded", "import.mapping_confirmed", "import.started", "import.stopped",
			"contact.updated", "contact.deleted", "contact.bulk_delete_requested", "company.updated", "company.deleted",
			"company.bulk_delete_requested", "company.exported", "enrichment.started", "enrichment.settings_changed",
			"report.started", "report.branding_changed", "job.triggered", "job.stop", "job.restart", "job.abandon",
			"job.recover", "job.recovered", "credits.top_up", "credits.refund", "audit.exported");

	private final Set<String> actions;

	AuditActions(JobCatalog catalog) {
		Set<String> all = new TreeSet<>(RECORDED_BY_THE_API);
		for (LaunchableJob job : catalog.declarations()) {
			all.add(job.completedAction());
			all.add(job.endedAction());
		}
		this.actions = all;
	}

	/** Every action, sorted. */
	public List<String> all() {
		return List.copyOf(actions);
	}

	/**
	 * @throws IllegalArgumentException when the action is not one of {@link #all()}
	 */
	void requireKnown(String action) {
		if (!actions.contains(action)) {
			throw new IllegalArgumentException("Unknown audit action " + action + ": add it to AuditActions");
		}
	}

}
