package dev.leadline.api.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** An import in the list. */
public record ImportSummaryView(long id, String fileName, long sizeBytes, ImportStatus status, @Schema(types = {
		"integer", "null" }) Long jobId, long estimatedRows, ImportCountsView counts, OffsetDateTime createdAt,
		@Schema(types = { "string", "null" }, format = "date-time") OffsetDateTime finishedAt){
}
