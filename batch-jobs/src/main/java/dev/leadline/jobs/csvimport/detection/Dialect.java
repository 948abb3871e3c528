package dev.leadline.jobs.csvimport.detection;

/**
 * A delimiter and quote character, with the typical number of fields per record they
 * produce.
 */
record Dialect(char delimiter, char quote, int fieldsPerRecord, double consistency) {
}
