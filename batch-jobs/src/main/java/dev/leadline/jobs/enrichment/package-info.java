/**
 * Bulk enrichment: stages ({@link dev.leadline.jobs.enrichment.EnrichmentStage}) that
 * fill fields of contacts or companies, run as one restartable job on the platform, with
 * the credits each delivered item costs.
 * {@link dev.leadline.jobs.enrichment.EnrichmentRuns} is the entry: estimate, start,
 * resume.
 */
package dev.leadline.jobs.enrichment;
