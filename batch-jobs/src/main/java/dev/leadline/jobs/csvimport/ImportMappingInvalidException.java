package dev.leadline.jobs.csvimport;

import java.util.List;

/** The mapping cannot be used; {@link #problems()} says why, one sentence per problem. */
public class ImportMappingInvalidException extends RuntimeException {

	private final List<String> problems;

	ImportMappingInvalidException(List<String> problems) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
