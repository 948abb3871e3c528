package dev.leadline.jobs.reports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Company dossiers.
 *
 * @param chunkSize dossiers rendered per chunk; a restart resumes after the last chunk
 * recorded ({@code LEADLINE_REPORTS_CHUNK_SIZE})
 * @param fileRetention how long a report's files are kept after it was created
 * ({@code LEADLINE_REPORTS_FILE_RETENTION}); nightly housekeeping removes them, the
 * report's rows stay
 * @param keyContacts contacts a dossier lists, most senior first
 * @param renderThreads dossiers rendered at once per process
 * ({@code LEADLINE_REPORTS_RENDER_THREADS}; 0: one per core)
 */
@ConfigurationProperties("leadline.reports")
public record ReportProperties(@DefaultValue("60") int chunkSize, @DefaultValue("30d") Duration fileRetention,
		@DefaultValue("12") int keyContacts, @DefaultValue("0") int renderThreads) {
}
