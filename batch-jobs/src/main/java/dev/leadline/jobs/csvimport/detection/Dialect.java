package dev.leadline.jobs.csvimport.detection;

/**
 * A delimiter and quote character, with the typical number of fields per record they
 * produce, the share of records that have that many, and how many records were counted.
 */
record Dialect(char delimiter, char quote, int fieldsPerRecord, double consistency, int records) {

	Dialect(char delimiter, char quote, int fieldsPerRecord, double consistency) {
		this(delimiter, quote, fieldsPerRecord, consistency, 0);
	}

}
