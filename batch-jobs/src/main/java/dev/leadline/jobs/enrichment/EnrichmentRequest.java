package dev.leadline.jobs.enrichment;

/**
 * A run to estimate or start.
 *
 * @param stage the stage's name
 * @param selection which items
 * @param force enrich fresh items again too
 * @param budget the most the run may spend, or null for its estimated maximum
 */
public record EnrichmentRequest(String stage, EnrichmentSelection selection, boolean force, Long budget) {

	/**
	 * @throws InvalidEnrichmentRequestException when the budget is not positive
	 */
	void check() {
		if (this.selection == null) {
			throw new InvalidEnrichmentRequestException("selection", "Say which items to enrich: 'ids' or 'filter'.");
		}
		if (this.budget != null && this.budget <= 0) {
			throw new InvalidEnrichmentRequestException("budget", "A budget must be a positive number of credits.");
		}
	}

}
