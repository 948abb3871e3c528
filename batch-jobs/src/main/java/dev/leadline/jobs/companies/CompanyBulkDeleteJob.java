package dev.leadline.jobs.companies;

/** The company bulk delete job's name and parameters, for the code that queues it. */
public final class CompanyBulkDeleteJob {

	public static final String NAME = "companyBulkDeleteJob";

	/** The {@link dev.leadline.jobs.selection.CompanyFilter} as JSON. */
	public static final String FILTER = "filter";

	/**
	 * The highest id the run may delete: companies created after the request are never
	 * part of it.
	 */
	public static final String UP_TO_ID = "upToId";

	/** Summary key: how many companies the run deleted. */
	public static final String DELETED = "deleted";

	/** Summary key: how many contacts were kept, now without a company. */
	public static final String CONTACTS_UNLINKED = "contactsUnlinked";

	private CompanyBulkDeleteJob() {
	}

}
