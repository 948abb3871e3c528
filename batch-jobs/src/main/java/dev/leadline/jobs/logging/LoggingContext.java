package dev.leadline.jobs.logging;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Names and enters the ids of SLF4J's logging context (MDC) that say whom and what a
 * thread works for. Plain-text logs ignore them; JSON logs
 * ({@code LEADLINE_LOG_FORMAT=json}) carry them on every line.
 */
public final class LoggingContext {

	/** The tenant a request or run works in. */
	public static final String TENANT_ID = "tenantId";

	/** The signed-in user of a request. */
	public static final String USER_ID = "userId";

	/** The job run ({@code job_run.id}) a thread works on. */
	public static final String RUN_ID = "runId";

	/** The name of that run's job. */
	public static final String JOB_NAME = "jobName";

	private LoggingContext() {
	}

	/**
	 * Puts {@code values} (null values are left out) until the returned handle is closed,
	 * which restores what those keys held before.
	 */
	public static Entered enter(Map<String, ?> values) {
		Map<String, String> previous = new HashMap<>();
		values.forEach((key, value) -> {
			if (value != null) {
				previous.put(key, MDC.get(key));
				MDC.put(key, value.toString());
			}
		});
		return () -> previous.forEach((key, value) -> {
			if (value == null) {
				MDC.remove(key);
			}
			else {
				MDC.put(key, value);
			}
		});
	}

	/** Values that were entered; closing it restores the previous ones. */
	@FunctionalInterface
	public interface Entered extends AutoCloseable {

		@Override
		void close();

	}

}
