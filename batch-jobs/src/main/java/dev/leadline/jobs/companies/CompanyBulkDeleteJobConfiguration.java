package dev.leadline.jobs.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import dev.leadline.jobs.platform.RunContexts;
import dev.leadline.jobs.selection.CompanyConditions;
import dev.leadline.jobs.selection.CompanyFilter;
import dev.leadline.jobs.selection.MatchingIds;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code companyBulkDeleteJob}: deletes the companies matching a filter (as they matched
 * when it was asked for, up to a fixed id) in chunks of 500, each chunk one transaction
 * with the reader's position and the running counts. Their contacts stay, without a
 * company (the foreign key sets it to null). Safe to resume after a lost worker.
 */
@Configuration(proxyBeanMethods = false)
class CompanyBulkDeleteJobConfiguration {

	/**
	 * Smaller than the contacts' chunk: each company deleted also updates all its
	 * contacts.
	 */
	static final int CHUNK = 500;

	@Bean
	Job companyBulkDeleteJob(JobRepository jobRepository, Step companyBulkDeleteStep,
			JobExecutionListener companyBulkDeleteListener) {
		return new JobBuilder(CompanyBulkDeleteJob.NAME, jobRepository).start(companyBulkDeleteStep)
			.listener(companyBulkDeleteListener)
			.build();
	}

	@Bean
	LaunchableJob companyBulkDeleteJobDeclaration() {
		return LaunchableJob.tenantJob(CompanyBulkDeleteJob.NAME)
			.resumesUnattended()
			.audited("company.bulk_deleted", "company.bulk_delete_ended");
	}

	@Bean
	@JobScope
	Step companyBulkDeleteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DSLContext dsl, JsonMapper json, RunContext run) {
		long tenantId = run.tenantId();
		CompanyFilter filter = json.readValue(run.parameter(CompanyBulkDeleteJob.FILTER), CompanyFilter.class);
		return new StepBuilder("companyBulkDeleteStep", jobRepository).<Long, Long>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(new MatchingIds(dsl, COMPANY.ID, () -> CompanyConditions.of(tenantId, filter),
					run.longParameter(CompanyBulkDeleteJob.UP_TO_ID), CHUNK))
			.writer(new DeletingWriter(dsl, tenantId))
			.build();
	}

	@Bean
	JobExecutionListener companyBulkDeleteListener(RunContexts runs) {
		return new JobExecutionListener() {

			@Override
			public void afterJob(JobExecution execution) {
				RunContext run = runs.of(execution);
				long deleted = 0;
				long unlinked = 0;
				for (StepExecution step : execution.getStepExecutions()) {
					deleted += step.getExecutionContext().getLong(DeletingWriter.DELETED, 0L);
					unlinked += step.getExecutionContext().getLong(DeletingWriter.UNLINKED, 0L);
				}
				run.summarise(CompanyBulkDeleteJob.DELETED, deleted);
				run.summarise(CompanyBulkDeleteJob.CONTACTS_UNLINKED, unlinked);
			}

		};
	}

	/**
	 * Deletes a chunk of companies, counting their contacts first (in the same
	 * transaction, with the companies locked, so none is linked in between); the running
	 * count is saved with the chunk, so a restart neither loses nor repeats it.
	 */
	static final class DeletingWriter implements ItemStreamWriter<Long> {

		static final String DELETED = "companyBulkDelete.deleted";

		static final String UNLINKED = "companyBulkDelete.contactsUnlinked";

		private final DSLContext dsl;

		private final long tenantId;

		private long deleted;

		private long unlinked;

		DeletingWriter(DSLContext dsl, long tenantId) {
			this.dsl = dsl;
			this.tenantId = tenantId;
		}

		@Override
		public void open(ExecutionContext context) {
			deleted = context.getLong(DELETED, 0L);
			unlinked = context.getLong(UNLINKED, 0L);
		}

		@Override
		public void write(Chunk<? extends Long> chunk) {
			List<Long> locked = dsl.select(COMPANY.ID)
				.from(COMPANY)
				.where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.in(chunk.getItems()))
				.forUpdate()
				.fetch(COMPANY.ID);
			if (locked.isEmpty()) {
				return;
			}
			int contacts = dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenantId), CONTACT.COMPANY_ID.in(locked));
			deleted += dsl.deleteFrom(COMPANY).where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.in(locked)).execute();
			unlinked += contacts;
		}

		@Override
		public void update(ExecutionContext context) {
			context.putLong(DELETED, deleted);
			context.putLong(UNLINKED, unlinked);
		}

	}

}
