package dev.leadline.jobs.csvimport;

import java.util.List;

/**
 * A sample row as the import will write it.
 *
 * @param line the line in the file
 * @param contact the normalised values, or null when the row would be rejected
 * @param issues why it would be rejected, or what would change
 */
public record PreviewRow(long line, ContactFields contact, List<RowIssue> issues) {
}
