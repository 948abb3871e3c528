package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** One Spring Batch job execution of a run. */
public record ExecutionView(long id, String status, String exitCode,
                            @Schema(types = {"string", "null"}) String exitMessage,
                            @Schema(types = {"string", "null"}) OffsetDateTime startedAt,
                            @Schema(types = {"string", "null"}) OffsetDateTime endedAt, List<StepView> steps) {
}
