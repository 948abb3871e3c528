package dev.leadline.jobs.platform;

/**
 * @param runId the run
 * @param created false when an Idempotency-Key matched an earlier identical request
 */
public record RunTicket(long runId, boolean created) {
}
