package dev.leadline.jobs.contacts;

import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import dev.leadline.jobs.selection.MatchingIds;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import dev.leadline.jobs.platform.RunContexts;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code contactBulkDeleteJob}: deletes the contacts matching a filter (as they matched
 * when it was asked for, up to a fixed id) in chunks of 1,000, each chunk one transaction
 * with the reader's position. Safe to resume after a lost worker.
 */
@Configuration(proxyBeanMethods = false)
class ContactBulkDeleteJobConfiguration {

	static final int CHUNK = 1_000;

	@Bean
	Job contactBulkDeleteJob(JobRepository jobRepository, Step contactBulkDeleteStep,
			JobExecutionListener contactBulkDeleteListener) {
		return new JobBuilder(ContactBulkDeleteJob.NAME, jobRepository).start(contactBulkDeleteStep)
			.listener(contactBulkDeleteListener)
			.build();
	}

	@Bean
	LaunchableJob contactBulkDeleteJobDeclaration() {
		return LaunchableJob.tenantJob(ContactBulkDeleteJob.NAME)
			.resumesUnattended()
			.audited("contact.bulk_deleted", "contact.bulk_delete_ended");
	}

	@Bean
	@JobScope
	Step contactBulkDeleteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DSLContext dsl, JsonMapper json, RunContext run) {
		long tenantId = run.tenantId();
		ContactFilter filter = json.readValue(run.parameter(ContactBulkDeleteJob.FILTER), ContactFilter.class);
		return new StepBuilder("contactBulkDeleteStep", jobRepository).<Long, Long>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(new MatchingIds(dsl, CONTACT.ID, () -> ContactConditions.of(dsl, tenantId, filter),
					run.longParameter(ContactBulkDeleteJob.UP_TO_ID), CHUNK))
			.writer(chunk -> dsl.deleteFrom(CONTACT)
				.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.ID.in(chunk.getItems()))
				.execute())
			.build();
	}

	@Bean
	JobExecutionListener contactBulkDeleteListener(RunContexts runs) {
		return new JobExecutionListener() {

			@Override
			public void afterJob(JobExecution execution) {
				RunContext run = runs.of(execution);
				run.summarise("deleted", run.itemsWritten());
			}

		};
	}

}
