package dev.leadline.jobs.drill;

import dev.leadline.jobs.platform.CountingItemReader;
import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code drillJob}: counts to {@code items} (at most 100,000) in chunks of {@code chunk},
 * pausing {@code pauseMs} (at most 5,000) after each chunk; its first execution fails at
 * item {@code failAt} when given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "leadline.jobs.drill.enabled", havingValue = "true")
class DrillJobConfiguration {

	static final String JOB = "drillJob";

	@Bean
	Job drillJob(JobRepository jobRepository, Step drillStep) {
		return new JobBuilder(JOB, jobRepository).start(drillStep).build();
	}

	@Bean
	LaunchableJob drillJobDeclaration() {
		return LaunchableJob.tenantJob(JOB).resumesUnattended().startableByName();
	}

	@Bean
	@JobScope
	Step drillStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, RunContext run,
			CountingItemReader drillReader, ItemWriter<Integer> drillWriter) {
		String chunk = run.parameter("chunk", "10");
		return new StepBuilder("drillStep", jobRepository).<Integer, Integer>chunk(bounded(chunk, 1, 1000))
			.transactionManager(transactionManager)
			.reader(drillReader)
			.writer(drillWriter)
			.build();
	}

	@Bean
	@StepScope
	CountingItemReader drillReader(RunContext run) {
		int items = bounded(run.parameter("items", "100"), 0, 100_000);
		run.expectItems(items);
		return new CountingItemReader("drillReader", items);
	}

	@Bean
	@StepScope
	ItemWriter<Integer> drillWriter(RunContext run) {
		int fail = bounded(run.parameter("failAt", "0"), 0, Integer.MAX_VALUE);
		long pause = bounded(run.parameter("pauseMs", "0"), 0, 5_000);
		boolean firstExecution = run.firstAttempt();
		return chunk -> {
			if (firstExecution && chunk.getItems().contains(fail)) {
				throw new DrillFailureException(fail);
			}
			if (pause > 0) {
				Thread.sleep(pause);
			}
		};
	}

	private static int bounded(String value, int min, int max) {
		int parsed;
		try {
			parsed = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Drill parameter '" + value + "' is not a number");
		}
		return Math.max(min, Math.min(max, parsed));
	}

}
