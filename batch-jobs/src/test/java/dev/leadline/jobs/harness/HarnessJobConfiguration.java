package dev.leadline.jobs.harness;

import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.jobs.platform.CountingItemReader;
import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Test-only job whose shape is all parameters: {@code items} to write, {@code chunk}
 * size, {@code failAt} (the first execution of a run fails on that item), {@code pauseMs}
 * after each chunk. Each item becomes a contact {@code harness-<run>-<item>@harness.test}
 * of the run's tenant, and the contact e-mail is unique per tenant: a duplicate write
 * fails the job instead of hiding.
 */
@Configuration(proxyBeanMethods = false)
public class HarnessJobConfiguration {

	public static final String JOB = "harnessJob";

	@Bean
	Job harnessJob(JobRepository jobRepository, Step harnessStep) {
		return new JobBuilder(JOB, jobRepository).start(harnessStep).build();
	}

	@Bean
	LaunchableJob harnessJobDeclaration() {
		return LaunchableJob.tenantJob(JOB).resumesUnattended();
	}

	@Bean
	@JobScope
	Step harnessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			@Value("#{jobParameters['chunk'] ?: '10'}") String chunk, CountingItemReader harnessReader,
			ItemWriter<Integer> harnessWriter) {
		return new StepBuilder("harnessStep", jobRepository).<Integer, Integer>chunk(Integer.parseInt(chunk))
			.transactionManager(transactionManager)
			.reader(harnessReader)
			.writer(harnessWriter)
			.build();
	}

	@Bean
	@StepScope
	CountingItemReader harnessReader(@Value("#{jobParameters['items'] ?: '25'}") String items) {
		return new CountingItemReader("harnessReader", Integer.parseInt(items));
	}

	@Bean
	@StepScope
	ItemWriter<Integer> harnessWriter(DSLContext dsl, RunContext run) {
		long runId = run.runId();
		long tenantId = run.tenantId();
		int fail = Integer.parseInt(run.parameter("failAt", "0"));
		String pauseMs = run.parameter("pauseMs", "0");
		boolean firstExecution = run.firstAttempt();
		return chunk -> {
			for (Integer item : chunk) {
				dsl.insertInto(CONTACT)
					.set(CONTACT.TENANT_ID, tenantId)
					.set(CONTACT.EMAIL, email(runId, item))
					.execute();
				if (firstExecution && item == fail) {
					throw new IllegalStateException("Harness failure at item " + item);
				}
			}
			long pause = Long.parseLong(pauseMs);
			if (pause > 0) {
				Thread.sleep(pause);
			}
		};
	}

	public static String email(long runId, int item) {
		return "harness-" + runId + "-" + item + "@harness.test";
	}

}
