/**
 * Detecting a CSV file's format from its first bytes: encoding, dialect (delimiter,
 * quote), whether the first row is a header, a decoded sample and the estimated row count
 * ({@link dev.leadline.jobs.csvimport.detection.CsvDetector}).
 */
package dev.leadline.jobs.csvimport.detection;
