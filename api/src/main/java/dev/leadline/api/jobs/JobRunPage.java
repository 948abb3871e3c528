package dev.leadline.api.jobs;

import java.util.List;

/** Runs newest first; {@code nextCursor} is null on the last page. No total: tables of runs grow large. */
public record JobRunPage(List<JobRunView> items, String nextCursor) {
}
