package dev.leadline.jobs.enrichment;

import java.util.List;

/**
 * A tenant's enrichment settings.
 *
 * @param freshnessDays an item enriched by a stage within this many days is skipped by
 * that stage unless forced
 * @param nightlyEnabled re-enrich stale items every night
 * @param nightlyStages the stages the nightly run covers
 * @param nightlyCreditCap the most the nightly runs may spend per night, all stages
 * together
 * @param idealCustomer the tenant's ideal customer in words (up to 4,000 characters): the
 * deep research stage scores each company's fit against it; null when writing keeps the
 * stored one, blank clears it
 */
public record EnrichmentSettings(int freshnessDays, boolean nightlyEnabled, List<String> nightlyStages,
		long nightlyCreditCap, String idealCustomer) {

	public static final EnrichmentSettings DEFAULTS = new EnrichmentSettings(30, false, List.of(), 0, null);

	public static final int IDEAL_CUSTOMER_MAX = 4000;

	public EnrichmentSettings(int freshnessDays, boolean nightlyEnabled, List<String> nightlyStages,
			long nightlyCreditCap) {
		this(freshnessDays, nightlyEnabled, nightlyStages, nightlyCreditCap, null);
	}

	public EnrichmentSettings {
		nightlyStages = (nightlyStages == null) ? List.of() : List.copyOf(nightlyStages);
	}

}
