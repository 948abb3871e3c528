package dev.leadline.api.reports;

import dev.leadline.api.system.problems.ApiException;
import org.springframework.http.HttpStatus;

/** The report's files are past the retention and were removed; its rows stay. */
class ReportFilesRemovedException extends ApiException {

	ReportFilesRemovedException(long reportId) {
		super(HttpStatus.GONE, "report-files-removed", "Report files removed",
				"The files of report " + reportId + " were removed after the retention period; start a new report.");
	}

}
