package dev.leadline.jobs.platform;

import java.time.OffsetDateTime;

/**
 * Something a feature cleans up in the nightly housekeeping (expired uploads, old
 * reports). The housekeeping job runs every task it finds, each on its own, so it knows
 * no feature.
 */
public interface HousekeepingTask {

	/** A short name for the log and the run's summary, e.g. {@code importFiles}. */
	String name();

	/**
	 * Removes what is past its retention. Safe to run again after a failure or on two
	 * processes at once.
	 * @param now the time the housekeeping run judges by
	 * @return how many things were removed
	 */
	int clean(OffsetDateTime now);

}
