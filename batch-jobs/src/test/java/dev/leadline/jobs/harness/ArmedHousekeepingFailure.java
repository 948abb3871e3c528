package dev.leadline.jobs.harness;

import dev.leadline.jobs.platform.HousekeepingTask;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * A housekeeping task that fails once when a test arms it, and otherwise does nothing.
 */
@Component
public class ArmedHousekeepingFailure implements HousekeepingTask {

	private static final AtomicBoolean ARMED = new AtomicBoolean();

	/** The next housekeeping pass fails in this task. */
	public static void arm() {
		ARMED.set(true);
	}

	@Override
	public String name() {
		return "armedFailure";
	}

	@Override
	public int clean(OffsetDateTime now) {
		if (ARMED.getAndSet(false)) {
			throw new IllegalStateException("Armed housekeeping failure");
		}
		return 0;
	}

}
