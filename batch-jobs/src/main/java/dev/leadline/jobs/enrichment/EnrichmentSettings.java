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
 */
public record EnrichmentSettings(int freshnessDays, boolean nightlyEnabled, List<String> nightlyStages,
		long nightlyCreditCap) {

	public static final EnrichmentSettings DEFAULTS = new EnrichmentSettings(30, false, List.of(), 0);

	public EnrichmentSettings {
		nightlyStages = (nightlyStages == null) ? List.of() : List.copyOf(nightlyStages);
	}

}
