package dev.leadline.api.system.process;

/** A duty a Leadline process takes on. One jar, any combination. */
public enum ProcessRole {

	/** Serves the REST API under /api/v1 and the dashboard. */
	API,
	/** Runs batch jobs. */
	WORKER

}
