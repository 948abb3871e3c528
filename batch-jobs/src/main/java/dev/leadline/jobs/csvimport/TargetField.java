package dev.leadline.jobs.csvimport;

/**
 * Where an imported column's values go.
 */
public enum TargetField {

	EMAIL, FIRST_NAME, LAST_NAME, FULL_NAME, JOB_TITLE, COMPANY_NAME,
	/** The company's website or bare domain. */
	WEBSITE, PHONE, CITY, COUNTRY, LINKEDIN_URL,
	/** Kept on the contact as a custom attribute under the column's header. */
	CUSTOM,
	/** Not imported. */
	IGNORE;

	/** Whether at most one column may map to this field. */
	public boolean isUnique() {
		return this != CUSTOM && this != IGNORE;
	}

}
