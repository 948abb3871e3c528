package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.problems.ProblemException;
import java.util.Map;

/** An enrichment request that cannot run as asked: the field and what was wrong. */
public class InvalidEnrichmentRequestException extends ProblemException {

	private final String field;

	public InvalidEnrichmentRequestException(String field, String detail) {
		super(422, "invalid-enrichment-request", "Invalid enrichment request", detail);
		this.field = field;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("field", this.field);
	}

}
