package dev.leadline.jobs.platform;

import static dev.leadline.db.jooq.Tables.APP_USER;

import dev.leadline.db.jooq.tables.records.JobRunRecord;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * Who or what asked a run to stop, kept on the run so its end reads as a stop, never as a
 * failure.
 */
final class RunStops {

	/** A person asked for it ({@code stop_requested_by}). */
	static final String USER = "user";

	/**
	 * The worker running it shut down ({@code stop_worker_id}); such a run may resume by
	 * itself.
	 */
	static final String SHUTDOWN = "shutdown";

	/**
	 * The run ran out of credits (its balance or its budget); a restart after a top-up
	 * resumes it.
	 */
	static final String CREDITS = "credits";

	private RunStops() {
	}

	static void requestedBy(JobRunRecord run, Long userId) {
		run.setStopCause(USER);
		run.setStopRequestedBy(userId);
		run.setStopRequestedAt(OffsetDateTime.now());
		run.setStopWorkerId(null);
	}

	/** A shutdown never overrides a person's stop: that run stays stopped. */
	static void shutdownOf(JobRunRecord run, String workerId) {
		if (run.getStopCause() == null) {
			run.setStopCause(SHUTDOWN);
			run.setStopRequestedAt(OffsetDateTime.now());
			run.setStopWorkerId(workerId);
		}
	}

	static void clear(JobRunRecord run) {
		run.setStopCause(null);
		run.setStopRequestedBy(null);
		run.setStopRequestedAt(null);
		run.setStopWorkerId(null);
	}

	/**
	 * A person by name where the caller's scope shows it ("Ana (user 5)"), else by id.
	 */
	static String who(DSLContext dsl, Long userId) {
		if (userId == null) {
			return "the platform";
		}
		String name = dsl.select(APP_USER.DISPLAY_NAME)
			.from(APP_USER)
			.where(APP_USER.ID.eq(userId))
			.fetchOne(APP_USER.DISPLAY_NAME);
		return (name != null) ? name + " (user " + userId + ")" : "user " + userId;
	}

	static String describe(DSLContext dsl, JobRunRecord run) {
		if (USER.equals(run.getStopCause())) {
			return "Stopped at the request of " + who(dsl, run.getStopRequestedBy()) + "; restart it to resume";
		}
		if (SHUTDOWN.equals(run.getStopCause())) {
			return "Stopped by the shutdown of worker " + run.getStopWorkerId()
					+ "; it waits for an admin to restart it";
		}
		if (CREDITS.equals(run.getStopCause())) {
			return "Stopped: out of credits; top up (or raise its budget) and restart it to resume";
		}
		return "Stopped";
	}

}
