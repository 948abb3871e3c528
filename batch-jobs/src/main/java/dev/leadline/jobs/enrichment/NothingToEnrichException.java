package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.problems.ProblemException;

/** Every selected item is fresh (or nothing was selected): a run would do nothing. */
public class NothingToEnrichException extends ProblemException {

	public NothingToEnrichException(EnrichmentEstimate estimate) {
		super(409, "nothing-to-enrich", "Nothing to enrich",
				(estimate.selected() == 0) ? "The selection matches no " + estimate.entity() + "."
						: "All " + estimate.selected() + " selected items were enriched by '" + estimate.stage()
								+ "' within the last " + estimate.freshnessDays()
								+ " days; force the run to enrich them again.");
	}

}
