package dev.leadline.jobs.reports;

import dev.leadline.jobs.problems.ProblemException;

/** The selection matches no company of the tenant: there is nothing to render. */
public class NothingToReportException extends ProblemException {

	NothingToReportException() {
		super(422, "nothing-to-report", "No company selected",
				"The selection matches none of your companies; nothing was started.");
	}

}
