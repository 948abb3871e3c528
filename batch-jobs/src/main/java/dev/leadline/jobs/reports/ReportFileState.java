package dev.leadline.jobs.reports;

/** The states of {@code report_file.state} (migration V15). */
public final class ReportFileState {

	public static final String PENDING = "pending";

	public static final String COMPLETE = "complete";

	public static final String FAILED = "failed";

	private ReportFileState() {
	}

}
