/**
 * CSV import: detecting a file's encoding and dialect, suggesting how its columns map to contact fields, and
 * (later) the import job itself. Today it holds detection ({@link dev.leadline.jobs.csvimport.CsvDetector}) and
 * mapping suggestion ({@link dev.leadline.jobs.csvimport.MappingSuggester}) only, as plain Java.
 */
package dev.leadline.jobs.csvimport;
