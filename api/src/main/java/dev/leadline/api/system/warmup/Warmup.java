package dev.leadline.api.system.warmup;

import dev.leadline.api.system.process.LeadlineProperties;
import dev.leadline.api.system.process.ProcessRole;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link WarmupTask}s for a while on one background thread once the process is
 * ready. Without it the first minute of browsing ran interpreted and compiled code side
 * by side with the compiler threads: right after a 1 M-row import, pages cost the app 8.8
 * ms of CPU each instead of 2.3 ms once warm, and p99 latency at 4 clients was 74-93 ms
 * on 2 cores (docs/BENCHMARKS.md). A failing task ends the warm-up with a warning; it
 * never stops the process. Only a process that serves the API warms up: a worker-only
 * process answers no page, and its cores belong to its jobs.
 */
@Component
@EnableConfigurationProperties(WarmupProperties.class)
class Warmup {

	private static final Logger log = LoggerFactory.getLogger(Warmup.class);

	private final List<WarmupTask> tasks;

	private final WarmupProperties properties;

	private final TransactionTemplate readOnly;

	private final boolean servesApi;

	private volatile boolean closing;

	Warmup(List<WarmupTask> tasks, WarmupProperties properties, LeadlineProperties leadline,
			PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.properties = properties;
		this.servesApi = leadline.serves(ProcessRole.API);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (shouldRun()) {
			Thread thread = new Thread(this::run, "leadline-warmup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	boolean shouldRun() {
		return properties.enabled() && servesApi && !tasks.isEmpty();
	}

	/**
	 * @return the rounds run
	 */
	int run() {
		long start = System.nanoTime();
		long deadline = start + properties.budget().toNanos();
		int round = 0;
		try {
			for (; round < properties.rounds() && System.nanoTime() < deadline && !closing; round++) {
				int current = round;
				TenantContext.run(TenantScope.tenant(WarmupTask.NO_TENANT),
						() -> readOnly.executeWithoutResult(status -> tasks.forEach(task -> task.run(current))));
			}
			log.info("Warmed up {} request paths: {} rounds in {} ms", tasks.size(), round,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			if (!closing) {
				log.warn("Warm-up stopped after {} rounds: {}", round, ex.toString());
			}
		}
		return round;
	}

}
