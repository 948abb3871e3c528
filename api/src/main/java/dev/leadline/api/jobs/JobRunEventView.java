package dev.leadline.api.jobs;

import java.time.OffsetDateTime;
import java.util.Map;

/** One entry of a run's own log. */
public record JobRunEventView(long id, OffsetDateTime occurredAt, String level, String kind, String message,
		Map<String, Object> details) {
}
