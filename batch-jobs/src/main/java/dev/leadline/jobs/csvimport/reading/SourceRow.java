package dev.leadline.jobs.csvimport.reading;

import java.util.List;

/**
 * One data record of the file as read.
 *
 * @param line the physical line it starts on (the file's first line is 1)
 * @param values its fields
 * @param problem why the record could not be read properly (an unterminated quote), or
 * null
 * @param undecodable the columns whose value holds bytes not valid in the file's encoding
 * (each shown as U+FFFD)
 */
public record SourceRow(long line, List<String> values, String problem, List<Integer> undecodable) {

	public SourceRow {
		undecodable = List.copyOf(undecodable);
	}

	public SourceRow(long line, List<String> values, String problem) {
		this(line, values, problem, List.of());
	}

}
