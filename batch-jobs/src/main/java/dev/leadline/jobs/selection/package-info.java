/**
 * Which of a tenant's contacts an action covers: the browse filter as SQL, shared by the
 * contacts API, the bulk delete, enrichment and reports.
 */
package dev.leadline.jobs.selection;
