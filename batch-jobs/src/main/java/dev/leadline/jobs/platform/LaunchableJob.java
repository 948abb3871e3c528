package dev.leadline.jobs.platform;

/**
 * Declares that the Spring Batch job bean named {@code name} may be run by the platform, and how.
 * A feature declares its {@code Job} bean (Spring Batch registers it for restarts) and one of these.
 *
 * @param name                    the job's name
 * @param restartAfterWorkerLoss  true when resuming after a crashed worker is safe without a human look
 *                                (the job's writes are idempotent per chunk); otherwise it waits for an admin
 * @param tenantScoped            false for platform jobs (housekeeping) that run in the system scope
 * @param triggeredByName         true when tenant admins may start it by name ({@code POST /api/v1/jobs});
 *                                feature jobs (imports, enrichment) have endpoints of their own instead
 */
public record LaunchableJob(String name, boolean restartAfterWorkerLoss, boolean tenantScoped,
                            boolean triggeredByName) {
}
