package dev.leadline.jobs.enrichment;

/**
 * What a run would do and cost, answered before anything runs.
 *
 * @param selected items the selection matches
 * @param skippedFresh of those, enriched by this stage within the freshness window (0
 * when forced)
 * @param toEnrich the items the run would work on
 * @param workable of those, items with the inputs the stage needs: the ones likely to be
 * charged
 * @param maxCredits every item delivered
 * @param hold what the run would hold: the maximum, or the budget when lower
 * @param expectedCredits the workable items' cost, within the hold
 * @param available the tenant's credits not held by other runs
 * @param covered whether the available credits cover the hold
 */
public record EnrichmentEstimate(String stage, String entity, long selected, long skippedFresh, long toEnrich,
		long workable, int costPerItem, long maxCredits, long hold, long expectedCredits, long balance, long available,
		boolean covered, int freshnessDays) {
}
