package dev.leadline.jobs.reports;

/**
 * The report job's name, for the code that queues it (the request is in {@code report}).
 */
public final class ReportJob {

	public static final String NAME = "reportJob";

	private ReportJob() {
	}

	/** Where a report's files live in the file store. */
	static String directory(long tenantId, long reportId) {
		return "reports/" + tenantId + "/" + reportId;
	}

	static String key(long tenantId, long reportId, long companyId) {
		return directory(tenantId, reportId) + "/" + companyId + ".pdf";
	}

}
