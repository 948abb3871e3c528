package dev.leadline.api.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One step execution with Spring Batch's counts. */
public record StepView(long id, String name, String status, long readCount, long writeCount, long filterCount,
		long skipCount, long commitCount, long rollbackCount, String exitCode, @Schema(types = {
				"string", "null" }) String exitMessage,
		@Schema(types = { "string", "null" }) OffsetDateTime startedAt,
		@Schema(types = { "string", "null" }) OffsetDateTime endedAt){
}
