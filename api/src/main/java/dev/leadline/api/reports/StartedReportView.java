package dev.leadline.api.reports;

/** A queued report (or, for a repeated Idempotency-Key, the earlier one). */
public record StartedReportView(long id, boolean created) {
}
