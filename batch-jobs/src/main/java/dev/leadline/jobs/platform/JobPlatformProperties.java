package dev.leadline.jobs.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a worker process runs jobs.
 *
 * @param workerThreads runs a process executes at once ({@code LEADLINE_WORKER_THREADS})
 * @param perTenantConcurrency runs one tenant may have active at once across all workers;
 * more wait QUEUED
 * @param pollInterval how often an idle worker looks for queued runs
 * @param heartbeatInterval how often a worker says it is alive
 * @param workerTimeout silence after which a worker is presumed dead and its runs
 * recovered
 * @param shutdownTimeout how long SIGTERM waits for running jobs to stop at a chunk
 * boundary
 */
@ConfigurationProperties("leadline.jobs")
public record JobPlatformProperties(@DefaultValue("4") int workerThreads, @DefaultValue("2") int perTenantConcurrency,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("5s") Duration heartbeatInterval,
		@DefaultValue("30s") Duration workerTimeout, @DefaultValue("20s") Duration shutdownTimeout) {
}
