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
 */
@ConfigurationProperties("leadline.imports")
public record ImportProperties(DataSize maxFileSize, int chunkSize, int maxColumns,
		@DefaultValue("30d") Duration fileRetention) {
}
