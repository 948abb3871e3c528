/**
 * Company dossiers over HTTP: start a report, follow it, download one PDF or all of them
 * as a streamed ZIP, and each tenant's branding.
 */
package dev.leadline.api.reports;
