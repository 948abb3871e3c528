package dev.leadline.jobs.platform;

import dev.leadline.db.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Fires the configured schedules on worker processes. Every process runs the cron, but
 * ShedLock lets one per tick record the run: the lock is held at least half the interval,
 * longer than clocks drift apart.
 */
@Component
class ScheduledTriggers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScheduledTriggers.class);

	private final ScheduleProperties properties;

	private final TaskScheduler scheduler;

	private final LockingTaskExecutor locks;

	private final JobRuns runs;

	private final boolean enabled;

	private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

	ScheduledTriggers(ScheduleProperties properties, TaskScheduler scheduler, LockingTaskExecutor locks, JobRuns runs,
			Environment environment) {
		this.properties = properties;
		this.scheduler = scheduler;
		this.locks = locks;
		this.runs = runs;
		this.enabled = WorkerRole.enabled(environment);
	}

	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		for (Map.Entry<String, ScheduleProperties.Schedule> entry : properties.schedules().entrySet()) {
			ScheduleProperties.Schedule schedule = entry.getValue();
			if (!schedule.enabled()) {
				continue;
			}
			ZoneId zone = ZoneId.of(schedule.zone());
			Duration interval = interval(schedule.cron(), zone);
			Duration holdAtLeast = interval.dividedBy(2).compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5)
					: interval.dividedBy(2);
			scheduled.add(scheduler.schedule(() -> fire(entry.getKey(), schedule, holdAtLeast),
					new CronTrigger(schedule.cron(), zone)));
			log.info("Schedule '{}' runs {} at '{}' ({})", entry.getKey(), schedule.job(), schedule.cron(), zone);
		}
	}

	void fire(String name, ScheduleProperties.Schedule schedule, Duration holdAtLeast) {
		Duration holdAtMost = holdAtLeast.plusMinutes(1);
		locks.executeWithLock(
				(Runnable) () -> TenantContext
					.system(() -> runs.trigger(null, schedule.job(), Map.of(), RunTrigger.schedule(name), null, null)),
				new LockConfiguration(Instant.now(), "schedule:" + name, holdAtMost, holdAtLeast));
	}

	static Duration interval(String cron, ZoneId zone) {
		CronExpression expression = CronExpression.parse(cron);
		ZonedDateTime first = expression.next(ZonedDateTime.now(zone));
		ZonedDateTime second = expression.next(first);
		return Duration.between(first, second);
	}

	@Override
	public void stop() {
		scheduled.forEach(future -> future.cancel(false));
		scheduled.clear();
	}

	@Override
	public boolean isRunning() {
		return !scheduled.isEmpty();
	}

}
