package dev.leadline.jobs.platform;

import dev.leadline.db.tenancy.TenantContext;
import static dev.leadline.db.jooq.Tables.WORKER;

import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This process as a worker: registers itself, heartbeats, claims queued runs up to its
 * thread count, sweeps for runs of dead workers, and on shutdown stops its running jobs
 * at a chunk boundary within the shutdown timeout; jobs that resume unattended are queued
 * again for any worker, the others wait STOPPED. Active only when the process has the
 * worker role.
 */
@Component
public class WorkerNode implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WorkerNode.class);

	private final DSLContext dsl;

	private final RunQueue queue;

	private final RunExecutor executor;

	private final RunningExecutions running;

	private final JobRuns runs;

	private final WorkerRecovery recovery;

	private final JobPlatformProperties properties;

	private final boolean enabled;

	private final String id;

	private final Object claims = new Object();

	private volatile boolean active;

	/**
	 * Since when this worker has reached the database without a failed heartbeat; null
	 * while it cannot.
	 */
	private volatile OffsetDateTime connectedSince;

	private ScheduledExecutorService timers;

	private ExecutorService threads;

	WorkerNode(DSLContext dsl, RunQueue queue, RunExecutor executor, RunningExecutions running, JobRuns runs,
			WorkerRecovery recovery, JobPlatformProperties properties, Environment environment) {
		this.dsl = dsl;
		this.queue = queue;
		this.executor = executor;
		this.running = running;
		this.runs = runs;
		this.recovery = recovery;
		this.properties = properties;
		this.enabled = WorkerRole.enabled(environment);
		this.id = hostName() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
	}

	public String id() {
		return id;
	}

	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		// A context stopped and started again (tests pause cached contexts) registers the
		// same worker again.
		TenantContext.system(() -> dsl.insertInto(WORKER)
			.set(WORKER.ID, id)
			.set(WORKER.HOST, hostName())
			.set(WORKER.PID, ProcessHandle.current().pid())
			.onConflict(WORKER.ID)
			.doUpdate()
			.set(WORKER.HEARTBEAT_AT, OffsetDateTime.now())
			.setNull(WORKER.STOPPED_AT)
			.execute());
		AtomicInteger counter = new AtomicInteger();
		threads = Executors.newFixedThreadPool(properties.workerThreads(), runnable -> {
			Thread thread = new Thread(runnable, "leadline-job-" + counter.incrementAndGet());
			thread.setDaemon(false);
			return thread;
		});
		timers = Executors.newScheduledThreadPool(2, runnable -> {
			Thread thread = new Thread(runnable, "leadline-worker-timer");
			thread.setDaemon(true);
			return thread;
		});
		active = true;
		connectedSince = OffsetDateTime.now();
		timers.scheduleWithFixedDelay(this::heartbeat, properties.heartbeatInterval().toMillis(),
				properties.heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
		timers.scheduleWithFixedDelay(this::poll, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
		timers.scheduleWithFixedDelay(this::sweep, properties.heartbeatInterval().toMillis(),
				properties.heartbeatInterval().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
		log.info("Worker {} started with {} threads (at most {} active runs per tenant)", id,
				properties.workerThreads(), properties.perTenantConcurrency());
	}

	private void poll() {
		// Claims and shutdown take turns: a run claimed here is either seen by stop() or
		// never claimed.
		synchronized (claims) {
			if (!active) {
				return;
			}
			try {
				int capacity = properties.workerThreads() - running.count();
				for (RunQueue.ClaimedRun run : queue.claim(id, capacity)) {
					running.claimed(run.id());
					threads.submit(() -> executor.execute(run, id));
				}
			}
			catch (RuntimeException e) {
				log.warn("Worker {} could not claim runs: {}", id, e.toString());
			}
		}
	}

	private void heartbeat() {
		try {
			TenantContext.system(() -> dsl.update(WORKER)
				.set(WORKER.HEARTBEAT_AT, OffsetDateTime.now())
				.where(WORKER.ID.eq(id))
				.execute());
			if (connectedSince == null) {
				connectedSince = OffsetDateTime.now();
			}
		}
		catch (RuntimeException e) {
			connectedSince = null;
			log.warn("Worker {} could not heartbeat: {}", id, e.toString());
		}
	}

	private void sweep() {
		// Judge others' silence only after being connected ourselves for a whole timeout:
		// after a database
		// outage every worker's heartbeat is old, and the others need a moment to be
		// heard again.
		OffsetDateTime since = connectedSince;
		if (since == null || since.plus(properties.workerTimeout()).isAfter(OffsetDateTime.now())) {
			return;
		}
		try {
			recovery.sweep(id);
		}
		catch (RuntimeException e) {
			log.warn("Worker {} could not sweep for lost runs: {}", id, e.toString());
		}
	}

	@Override
	public void stop() {
		synchronized (claims) {
			if (!active) {
				return;
			}
			active = false;
		}
		Map<Long, Long> current = running.snapshot();
		if (!current.isEmpty()) {
			log.info("Worker {} stopping {} running job(s) at their next chunk boundary", id, current.size());
		}
		current.forEach((runId, executionId) -> {
			try {
				runs.stopForShutdown(runId, id);
				if (executionId > 0) {
					runs.stopExecution(executionId);
				}
			}
			catch (RuntimeException e) {
				log.warn("Could not stop run {}: {}", runId, e.toString());
			}
		});
		threads.shutdown();
		try {
			if (!threads.awaitTermination(properties.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("Worker {}: jobs still running after {}; they will be recovered as 'worker lost'", id,
						properties.shutdownTimeout());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		timers.shutdownNow();
		try {
			TenantContext.system(() -> dsl.update(WORKER)
				.set(WORKER.STOPPED_AT, OffsetDateTime.now())
				.where(WORKER.ID.eq(id))
				.execute());
		}
		catch (RuntimeException e) {
			log.warn("Worker {} could not record its stop: {}", id, e.toString());
		}
		log.info("Worker {} stopped", id);
	}

	@Override
	public boolean isRunning() {
		return active;
	}

	/** Stop before the web server and the database pool go away. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 100;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			return "unknown-host";
		}
	}

}
