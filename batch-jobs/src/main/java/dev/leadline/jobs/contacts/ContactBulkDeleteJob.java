package dev.leadline.jobs.contacts;

/** The bulk delete job's name and parameters, for the code that queues it. */
public final class ContactBulkDeleteJob {

	public static final String NAME = "contactBulkDeleteJob";

	/** The {@link ContactFilter} as JSON. */
	public static final String FILTER = "filter";

	/**
	 * The highest id the run may delete: contacts created after the request are never
	 * part of it.
	 */
	public static final String UP_TO_ID = "upToId";

	private ContactBulkDeleteJob() {
	}

}
