package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.problems.ProblemException;

import java.util.List;
import java.util.Map;

/** The mapping cannot be used; {@link #problems()} says why, one sentence per problem. */
public class ImportMappingInvalidException extends ProblemException {

	private final List<String> problems;

	ImportMappingInvalidException(List<String> problems) {
		super(422, "invalid-mapping", "The mapping cannot be used", String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("problems", this.problems);
	}

}
