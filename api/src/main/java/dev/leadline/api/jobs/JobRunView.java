package dev.leadline.api.jobs;

import dev.leadline.db.jooq.enums.JobRunStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A run in a list. {@code progress} is items done of items expected (null when unknown).
 */
public record JobRunView(long id, @Schema(types = {"integer", "null"}) Long tenantId, String jobName,
                         JobRunStatus status, String triggerType, @Schema(types = {"integer", "null"}) Long triggeredBy,
                         OffsetDateTime queuedAt, @Schema(types = {"string", "null"}) OffsetDateTime startedAt,
                         @Schema(types = {"string", "null"}) OffsetDateTime endedAt, ProgressView progress,
                         @Schema(types = {"string", "null"}) String failureType,
                         @Schema(types = {"string", "null"}) String failureMessage) {
}
