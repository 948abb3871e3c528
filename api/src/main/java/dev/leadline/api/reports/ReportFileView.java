package dev.leadline.api.reports;

import java.time.OffsetDateTime;

/**
 * One company's dossier in a report.
 *
 * @param state pending, complete or failed
 * @param reason why it failed
 */
public record ReportFileView(long id, long companyId, String companyName, String state, String fileName, Long sizeBytes,
		String sha256, OffsetDateTime createdAt, String reason) {
}
