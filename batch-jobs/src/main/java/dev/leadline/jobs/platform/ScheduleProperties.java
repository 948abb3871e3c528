package dev.leadline.jobs.platform;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cron schedules that trigger runs, each firing once per tick across every process.
 *
 * @param schedules by name: the job, its cron expression (6 fields, seconds first), time
 * zone and switch
 */
@ConfigurationProperties("leadline.jobs")
public record ScheduleProperties(@DefaultValue( {
	}) Map<String, Schedule> schedules){

	/**
	 * @param job the job to run (a platform job: it runs in the system scope)
	 * @param cron when, e.g. {@code 0 30 3 * * *}
	 * @param zone time zone of the cron expression
	 * @param enabled switch
	 */
	public record Schedule(String job, String cron, @DefaultValue("UTC") String zone,
			@DefaultValue("true") boolean enabled) {
	}
}
