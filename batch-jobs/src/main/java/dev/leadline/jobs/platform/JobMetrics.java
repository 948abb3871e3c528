package dev.leadline.jobs.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per job: attempts started, runs by outcome, items written, duration, items per second,
 * time spent queued; per process: runs executing now.
 */
@Component
class JobMetrics {

	private final MeterRegistry registry;

	JobMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	/** Publishes how many runs this process executes at the moment. */
	void watch(RunningExecutions running) {
		Gauge.builder("leadline.jobs.active", running, RunningExecutions::count)
			.description("Job runs this process is executing")
			.register(this.registry);
	}

	void started(String job) {
		Counter.builder("leadline.jobs.started")
			.description("Attempts of job runs a worker started (first runs, restarts, resumptions)")
			.tag("job", job)
			.register(this.registry)
			.increment();
	}

	void outcome(String job, String outcome) {
		Counter.builder("leadline.jobs.runs")
			.description("Job runs by outcome")
			.tag("job", job)
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}

	void finished(String job, String outcome, Duration duration, long items) {
		outcome(job, outcome);
		Counter.builder("leadline.jobs.items")
			.description("Items job runs wrote")
			.tag("job", job)
			.register(this.registry)
			.increment(items);
		Timer.builder("leadline.jobs.duration")
			.description("Execution time of job runs")
			.tag("job", job)
			.register(registry)
			.record(duration);
		if (duration.toMillis() > 0) {
			DistributionSummary.builder("leadline.jobs.items.per.second")
				.description("Throughput of job runs")
				.tag("job", job)
				.register(registry)
				.record(items * 1000.0 / duration.toMillis());
		}
	}

	void queueWait(String job, Duration wait) {
		Timer.builder("leadline.jobs.queue.wait")
			.description("Time from queued to claimed by a worker")
			.tag("job", job)
			.register(registry)
			.record(wait);
	}

}
