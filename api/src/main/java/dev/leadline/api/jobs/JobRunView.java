package dev.leadline.api.jobs;

import dev.leadline.db.jooq.enums.JobRunStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A run in a list. {@code progress} is items done of items expected (null when unknown);
 * 100 % once completed. {@code queuedAt} and {@code startedAt} are the current attempt's
 * (a restart queues it again); {@code createdAt} is when it was first asked for. A
 * stopped run says who stopped it in {@code stop} and has no failure. {@code subject} is
 * the import, enrichment run or report the run works on, if any. {@code tenantName} is
 * the tenant's name (null for platform runs).
 */
public record JobRunView(long id, @Schema(types = {
		"integer", "null" }) Long tenantId, @Schema(types = { "string", "null" }) String tenantName, String jobName,
		JobRunStatus status, String triggerType, @Schema(types = { "integer", "null" }) Long triggeredBy,
		@Schema(types = { "string", "null" }) String triggeredByName, OffsetDateTime createdAt, OffsetDateTime queuedAt,
		@Schema(types = { "string", "null" }) OffsetDateTime startedAt,
		@Schema(types = { "string", "null" }) OffsetDateTime endedAt, ProgressView progress,
		@Schema(types = { "object", "null" }) RunStopView stop,
		@Schema(types = { "string", "null" }) String failureType,
		@Schema(types = { "string", "null" }) String failureMessage,
		@Schema(types = { "object", "null" }) JobSubjectView subject){
}
