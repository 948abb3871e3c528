package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A run's events, oldest first; {@code nextCursor} is null on the last page. */
public record JobRunEventPage(List<JobRunEventView> items, @Schema(types = {
		"string", "null" }) String nextCursor){
}
