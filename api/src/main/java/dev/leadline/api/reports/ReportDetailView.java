package dev.leadline.api.reports;

import java.util.List;

/**
 * A report and a page of its files in id order; pass {@code nextAfter} as {@code after}
 * for the next page.
 */
public record ReportDetailView(ReportView report, List<ReportFileView> files, Long nextAfter) {
}
