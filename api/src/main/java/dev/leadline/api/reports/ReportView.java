package dev.leadline.api.reports;

import java.time.OffsetDateTime;

/**
 * A report: its run's status and the count of its files by state.
 *
 * @param companies companies selected (null until the run has selected them)
 * @param progress percent of the selected companies whose file is done (complete or
 * failed)
 * @param filesRemovedAt when housekeeping removed the files (past the retention); the
 * downloads then answer 410
 */
public record ReportView(long id, String status, String createdBy, OffsetDateTime createdAt, OffsetDateTime endedAt,
		Integer companies, int complete, int failed, int pending, int progress, OffsetDateTime filesRemovedAt) {
}
