/**
 * Company dossiers: {@code reportJob} renders one PDF per selected company (openhtmltopdf
 * on PDFBox, fonts embedded) into the file store, records each file's size and SHA-256,
 * and housekeeping removes them after the retention.
 * {@link dev.leadline.jobs.reports.Reports} starts a report;
 * {@link dev.leadline.jobs.reports.ReportZip} streams one as a ZIP.
 */
package dev.leadline.jobs.reports;
