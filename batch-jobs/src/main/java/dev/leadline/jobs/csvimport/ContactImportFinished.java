package dev.leadline.jobs.csvimport;

/**
 * Published when an import's run ends, whatever the outcome, with the counts committed so far.
 *
 * @param status the Spring Batch status name (COMPLETED, FAILED, STOPPED)
 */
public record ContactImportFinished(long importId, long tenantId, String status, long rows, long inserted,
		long updated, long duplicates, long rejected) {
}
