package dev.leadline.jobs.csvimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * CSV imports.
 *
 * @param maxFileSize largest file accepted ({@code LEADLINE_IMPORT_MAX_FILE_SIZE})
 * @param chunkSize rows written per transaction; a restart resumes after the last one committed
 * @param maxColumns files with more columns are refused at upload
 */
@ConfigurationProperties("leadline.imports")
public record ImportProperties(DataSize maxFileSize, int chunkSize, int maxColumns) {
}
