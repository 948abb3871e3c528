package dev.leadline.jobs.csvimport;

/** The import job's name and parameters, for the code that queues it. */
public final class CsvImportJob {

	public static final String NAME = "csvImportJob";

	/** The {@code contact_import} row the run imports. */
	public static final String IMPORT_ID = "importId";

	private CsvImportJob() {
	}

}
