package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * Who or what stopped a run (or asked it to stop): a person, or the shutdown of the
 * worker that ran it. A stop is not a failure.
 *
 * @param cause {@code user} or {@code shutdown}
 * @param userId the person who asked, for {@code user}
 * @param userName their display name, when the caller can see it
 * @param workerId the worker that shut down, for {@code shutdown}
 */
public record RunStopView(@Schema(allowableValues = {
		"user", "shutdown" }) String cause, @Schema(types = { "integer", "null" }) Long userId,
		@Schema(types = { "string", "null" }) String userName, @Schema(types = { "string", "null" }) String workerId,
		OffsetDateTime requestedAt){
}
