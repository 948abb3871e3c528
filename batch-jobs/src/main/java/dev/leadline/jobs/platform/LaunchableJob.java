package dev.leadline.jobs.platform;

/**
 * Declares that the Spring Batch job bean named {@code name} may be run by the platform,
 * and how. A feature declares its {@code Job} bean (Spring Batch registers it for
 * restarts) and one of these, built with the named factories:
 *
 * <pre>{@code
 * LaunchableJob.tenantJob("csvImportJob").resumesUnattended().audited("import.completed", "import.ended")
 * LaunchableJob.platformJob("housekeepingJob").resumesUnattended()
 * }</pre>
 *
 * @param name the job's name
 * @param tenantScoped false for platform jobs (housekeeping) that run in the system scope
 * @param unattendedResume true when resuming after a lost worker or a shutdown is safe
 * without a human look (its chunks commit with the reader's position and its writes are
 * idempotent); otherwise such a run waits for an admin
 * @param tenantStartable true when tenant admins may start it by name
 * ({@code POST /api/v1/jobs}); feature jobs (imports, enrichment) have endpoints of their
 * own instead
 * @param completedAction the audit action recorded when a run completes
 * @param endedAction the audit action recorded when a run ends otherwise (failed,
 * stopped)
 */
public record LaunchableJob(String name, boolean tenantScoped, boolean unattendedResume, boolean tenantStartable,
		String completedAction, String endedAction) {

	/**
	 * A job that runs for one tenant, in that tenant's scope; it waits for an admin after
	 * a lost worker.
	 */
	public static LaunchableJob tenantJob(String name) {
		return new LaunchableJob(name, true, false, false, "job.completed", "job.ended");
	}

	/**
	 * A job of the platform itself (housekeeping), run in the system scope and never by a
	 * tenant.
	 */
	public static LaunchableJob platformJob(String name) {
		return new LaunchableJob(name, false, false, false, "job.completed", "job.ended");
	}

	/**
	 * Resumes by itself after its worker was lost or shut down: restart-safe, each chunk
	 * idempotent.
	 */
	public LaunchableJob resumesUnattended() {
		return new LaunchableJob(this.name, this.tenantScoped, true, this.tenantStartable, this.completedAction,
				this.endedAction);
	}

	/** Tenant admins may start it by name through {@code POST /api/v1/jobs}. */
	public LaunchableJob startableByName() {
		if (!this.tenantScoped) {
			throw new IllegalStateException("Platform job " + this.name + " cannot be started by tenants");
		}
		return new LaunchableJob(this.name, true, this.unattendedResume, true, this.completedAction, this.endedAction);
	}

	/**
	 * The audit actions of a run's end, e.g. {@code import.completed} and
	 * {@code import.ended}.
	 */
	public LaunchableJob audited(String completedAction, String endedAction) {
		return new LaunchableJob(this.name, this.tenantScoped, this.unattendedResume, this.tenantStartable,
				completedAction, endedAction);
	}

}
