package dev.leadline.api.jobs;

import java.util.List;

/** A run's events, oldest first; {@code nextCursor} is null on the last page. */
public record JobRunEventPage(List<JobRunEventView> items, String nextCursor) {
}
