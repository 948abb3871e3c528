package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.problems.ProblemException;
import java.util.List;
import java.util.Map;

/** A stage name no stage answers to. */
public class UnknownEnrichmentStageException extends ProblemException {

	private final List<String> known;

	public UnknownEnrichmentStageException(String name, List<String> known) {
		super(422, "unknown-enrichment-stage", "Unknown enrichment stage",
				"There is no enrichment stage '" + name + "'; the stages are " + String.join(", ", known) + ".");
		this.known = List.copyOf(known);
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("stages", this.known);
	}

}
