package dev.leadline.jobs.housekeeping;

import dev.leadline.jobs.platform.HousekeepingTask;
import dev.leadline.jobs.platform.LaunchableJob;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HousekeepingProperties.class)
class HousekeepingJobConfiguration {

	static final String JOB = "housekeepingJob";

	@Bean
	Job housekeepingJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			HousekeepingProperties properties, List<HousekeepingTask> tasks) {
		return new JobBuilder(JOB, jobRepository)
			.start(new StepBuilder("housekeepingStep", jobRepository)
				.tasklet(new HousekeepingTasklet(dsl, properties, tasks), transactionManager)
				.build())
			.build();
	}

	@Bean
	LaunchableJob housekeepingJobDeclaration() {
		return LaunchableJob.platformJob(JOB).resumesUnattended();
	}

}
