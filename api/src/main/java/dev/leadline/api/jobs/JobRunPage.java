package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Runs newest first; {@code nextCursor} is null on the last page. No total: tables of
 * runs grow large.
 */
public record JobRunPage(List<JobRunView> items, @Schema(types = {
		"string", "null" }) String nextCursor){
}
