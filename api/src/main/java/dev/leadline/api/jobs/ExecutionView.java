package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One Spring Batch job execution of a run: one attempt, with its own times.
 *
 * @param queuedAt when this attempt was queued (the first request, or the restart that
 * led to it)
 * @param workerId the worker that ran it
 */
public record ExecutionView(long id, @Schema(types = {
		"string", "null" }) OffsetDateTime queuedAt, @Schema(types = { "string", "null" }) String workerId,
		String status, String exitCode, @Schema(types = { "string", "null" }) String exitMessage,
		@Schema(types = { "string", "null" }) OffsetDateTime startedAt,
		@Schema(types = { "string", "null" }) OffsetDateTime endedAt, List<StepView> steps){
}
