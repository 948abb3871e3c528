/**
 * CSV import: {@link dev.leadline.jobs.csvimport.ContactImports} (upload, format,
 * mapping, start) and the {@code csvImportJob}. Sub-packages hold the parts:
 * {@code detection} of a file's format, {@code mapping} of its columns to contact fields,
 * {@code reading} and normalising its rows, {@code writing} them as contacts and
 * companies.
 */
package dev.leadline.jobs.csvimport;
