package dev.leadline.api.imports;

import dev.leadline.jobs.csvimport.ColumnMapping;
import dev.leadline.jobs.csvimport.SuggestedColumn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import in full.
 *
 * @param detected the format detection found
 * @param format the format in force (detection unless overridden)
 * @param hasBom whether the file starts with a byte order mark
 * @param headers column names, made unique ("Notes (2)")
 * @param sampleRows the first data rows read in {@code format}
 * @param suggestions a target per column with confidence and reason
 * @param mapping the confirmed mapping; null until confirmed (starting then uses the
 * suggestions)
 * @param failure why the run failed, when it did
 * @param fileRemovedAt when housekeeping removed the uploaded file (the import can no
 * longer be started or restarted; its counts and rejected rows stay)
 * @param shortSampleRows sample rows with fewer fields than the header (the mapping step
 * then offers {@code fillMissingValues})
 * @param sameFile the tenant's latest earlier import of a file with the same SHA-256,
 * when there is one (a warning: the file may be imported again)
 */
public record ImportView(long id, String fileName, long sizeBytes, String sha256, ImportStatus status, @Schema(types = {
		"integer", "null" }) Long jobId, ImportFormatView detected, ImportFormatView format, boolean hasBom,
		long estimatedRows, List<String> headers, List<List<String>> sampleRows, List<SuggestedColumn> suggestions,
		@Schema(types = { "array", "null" }) List<ColumnMapping> mapping, ImportOptionsView options,
		ImportCountsView counts, @Schema(types = { "string", "null" }) String failure, OffsetDateTime createdAt,
		@Schema(types = { "string", "null" }, format = "date-time") OffsetDateTime startedAt,
		@Schema(types = { "string", "null" }, format = "date-time") OffsetDateTime finishedAt,
		@Schema(types = { "string", "null" }, format = "date-time") OffsetDateTime fileRemovedAt, int shortSampleRows,
		@Schema(types = { "object", "null" }) SameFileView sameFile){
}
