package dev.leadline.jobs.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Per job: runs by outcome, duration, items per second, time spent queued. */
@Component
class JobMetrics {

	private final MeterRegistry registry;

	JobMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
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
