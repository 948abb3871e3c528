package dev.leadline.jobs.platform;

/**
 * Who or what asked for a run.
 *
 * @param type api, schedule, job or system
 * @param userId the user, for API triggers
 * @param detail a word on the trigger (schedule name, parent run)
 */
public record RunTrigger(String type, Long userId, String detail) {

	public static RunTrigger api(long userId) {
		return new RunTrigger("api", userId, null);
	}

	public static RunTrigger schedule(String name) {
		return new RunTrigger("schedule", null, name);
	}

	/** A run started by another run (e.g. an import that queues enrichment). */
	public static RunTrigger job(long parentRunId) {
		return new RunTrigger("job", null, "run " + parentRunId);
	}

	public static RunTrigger system(String detail) {
		return new RunTrigger("system", null, detail);
	}
}
