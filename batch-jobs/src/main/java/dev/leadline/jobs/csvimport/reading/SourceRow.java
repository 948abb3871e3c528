package dev.leadline.jobs.csvimport.reading;

import java.util.List;

/**
 * One data record of the file as read.
 *
 * @param line the line it starts on (the header is line 1)
 * @param values its fields
 * @param problem why the record could not be read properly (an unterminated quote), or
 * null
 */
public record SourceRow(long line, List<String> values, String problem) {
}
