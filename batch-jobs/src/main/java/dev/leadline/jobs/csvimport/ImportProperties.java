package dev.leadline.jobs.csvimport;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * CSV imports.
 *
 * @param maxFileSize largest file accepted ({@code LEADLINE_IMPORT_MAX_FILE_SIZE})
 * @param chunkSize rows written per transaction; a restart resumes after the last one
 * committed
 * @param maxColumns files with more columns are refused at upload
 * @param fileRetention how long an uploaded file is kept after its import's last activity
 * (upload, start, end, its run queued or ended; {@code LEADLINE_IMPORT_FILE_RETENTION});
 * the import's row, counts and rejected rows stay
 * @param mergeBlockSize staged rows merged into {@code contact} per transaction
 * ({@code LEADLINE_IMPORT_MERGE_BLOCK_SIZE}); a restart repeats at most one block's work
 * @param mergePartitions sessions that merge side by side, each its own range of e-mail
 * keys ({@code LEADLINE_IMPORT_MERGE_PARTITIONS}); each keeps a database core busy
 */
@ConfigurationProperties("leadline.imports")
public record ImportProperties(DataSize maxFileSize, int chunkSize, int maxColumns,
		@DefaultValue("30d") Duration fileRetention, @DefaultValue("50000") int mergeBlockSize,
		@DefaultValue("2") int mergePartitions) {

	public ImportProperties {
		if (mergeBlockSize < 1 || mergePartitions < 1) {
			throw new IllegalArgumentException(
					"leadline.imports.merge-block-size and merge-partitions must be positive");
		}
	}

}
