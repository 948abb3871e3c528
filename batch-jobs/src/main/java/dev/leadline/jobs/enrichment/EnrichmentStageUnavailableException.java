package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.problems.ProblemException;

/** A stage that cannot run now, such as deep research without a language model. */
public class EnrichmentStageUnavailableException extends ProblemException {

	public EnrichmentStageUnavailableException(String stage, String reason) {
		super(422, "enrichment-stage-unavailable", "Enrichment stage unavailable",
				"The stage '" + stage + "' is not available: " + reason);
	}

}
