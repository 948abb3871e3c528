/**
 * Enrichment over HTTP: stages, estimates, runs and their item results, and each tenant's
 * enrichment settings.
 */
package dev.leadline.api.enrichment;
