package dev.leadline.jobs.enrichment;

/** The enrichment job's name and parameters, for the code that queues it. */
public final class EnrichmentJob {

	public static final String NAME = "enrichmentJob";

	/** The stage's name (the rest of the request is in {@code enrichment_run}). */
	public static final String STAGE = "stage";

	/** The schedule and platform job of the nightly re-enrichment. */
	public static final String NIGHTLY = "nightlyEnrichmentJob";

	private EnrichmentJob() {
	}

}
