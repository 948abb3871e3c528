package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import dev.leadline.jobs.csvimport.mapping.LlmMappingProperties;
import dev.leadline.jobs.csvimport.reading.ContactCsvReader;
import dev.leadline.jobs.csvimport.reading.ContactRowNormaliser;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import dev.leadline.jobs.csvimport.reading.ImportRow;
import dev.leadline.jobs.csvimport.reading.PrefetchingRowReader;
import dev.leadline.jobs.csvimport.writing.ContactUpsertWriter;
import dev.leadline.jobs.platform.LaunchableJob;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code csvImportJob}: one chunked step that reads an import's file, normalises each row and upserts
 * contacts and companies. Safe to resume after a lost worker: every chunk commits with the reader's position.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ImportProperties.class, LlmMappingProperties.class })
class CsvImportJobConfiguration {

	@Bean
	Job csvImportJob(JobRepository jobRepository, Step csvImportStep, JobExecutionListener csvImportListener) {
		return new JobBuilder(CsvImportJob.NAME, jobRepository).start(csvImportStep).listener(csvImportListener).build();
	}

	@Bean
	LaunchableJob csvImportJobDeclaration() {
		return new LaunchableJob(CsvImportJob.NAME, true, true, false);
	}

	@Bean
	@JobScope
	Step csvImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			ImportPlans plans, JsonMapper json, ImportProperties properties,
			@Value("#{jobParameters['" + CsvImportJob.IMPORT_ID + "']}") String importId) {
		ImportPlan plan = plans.load(Long.parseLong(importId));
		// Rows are read and normalised on the reader's own thread while the step writes the chunk before.
		PrefetchingRowReader rows = new PrefetchingRowReader(new ContactCsvReader(plan.file(), plan.settings()),
				new ContactRowNormaliser(plan), 2 * properties.chunkSize());
		return new StepBuilder("csvImportStep", jobRepository).<ImportRow, ImportRow>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(rows)
			.writer(new ContactUpsertWriter(dsl, plan, json))
			.build();
	}

	@Bean
	JobExecutionListener csvImportListener(DSLContext dsl, ApplicationEventPublisher events) {
		return new JobExecutionListener() {

			@Override
			public void beforeJob(JobExecution execution) {
				dsl.update(CONTACT_IMPORT)
					.set(CONTACT_IMPORT.STARTED_AT, DSL.coalesce(CONTACT_IMPORT.STARTED_AT, DSL.currentOffsetDateTime()))
					.set(CONTACT_IMPORT.FINISHED_AT, (java.time.OffsetDateTime) null)
					.where(CONTACT_IMPORT.ID.eq(importId(execution)))
					.execute();
			}

			@Override
			public void afterJob(JobExecution execution) {
				var row = dsl.update(CONTACT_IMPORT)
					.set(CONTACT_IMPORT.FINISHED_AT, DSL.currentOffsetDateTime())
					.where(CONTACT_IMPORT.ID.eq(importId(execution)))
					.returning()
					.fetchOne();
				if (row != null) {
					events.publishEvent(new ContactImportFinished(row.getId(), row.getTenantId(),
							execution.getStatus() == BatchStatus.COMPLETED ? "COMPLETED" : execution.getStatus().name(),
							row.getRowsRead(), row.getInserted(), row.getUpdated(), row.getDuplicates(), row.getRejected()));
				}
			}

		};
	}

	private static long importId(JobExecution execution) {
		return Long.parseLong(execution.getJobParameters().getString(CsvImportJob.IMPORT_ID));
	}

}
