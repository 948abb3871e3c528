package dev.leadline.jobs.reports;

import dev.leadline.jobs.problems.ProblemException;
import java.util.Map;

/** A report request that cannot be used, naming the field. */
public class InvalidReportRequestException extends ProblemException {

	private final String field;

	InvalidReportRequestException(String field, String detail) {
		super(422, "invalid-report-request", "Invalid report request", detail);
		this.field = field;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("field", this.field);
	}

}
