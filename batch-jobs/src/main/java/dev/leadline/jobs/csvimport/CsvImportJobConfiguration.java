package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.csvimport.mapping.LlmMappingProperties;
import dev.leadline.jobs.csvimport.reading.ContactCsvReader;
import dev.leadline.jobs.csvimport.reading.ContactRowNormaliser;
import dev.leadline.jobs.csvimport.reading.ImportFileUnreadableException;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import dev.leadline.jobs.csvimport.reading.ImportRow;
import dev.leadline.jobs.csvimport.reading.PrefetchingRowReader;
import dev.leadline.jobs.csvimport.writing.ContactStagingWriter;
import dev.leadline.jobs.csvimport.writing.StagedContactMerge;
import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import dev.leadline.jobs.platform.RunContexts;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code csvImportJob}: a chunked step that reads an import's file, normalises each row,
 * links companies and stages the contacts (the file's duplicates merged), then a
 * partitioned step that merges the stage into {@code contact} in e-mail order, block by
 * block, in concurrent sessions. Safe to resume after a lost worker at any point: every
 * chunk commits with the reader's position, every block with its partition's last key.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ImportProperties.class, LlmMappingProperties.class })
class CsvImportJobConfiguration {

	@Bean
	Job csvImportJob(JobRepository jobRepository, Step csvImportStep, Step csvImportMergeStep,
			Step csvImportVerdictStep, JobExecutionListener csvImportListener) {
		return new JobBuilder(CsvImportJob.NAME, jobRepository).start(csvImportStep)
			.next(csvImportMergeStep)
			.next(csvImportVerdictStep)
			.listener(csvImportListener)
			.build();
	}

	@Bean
	LaunchableJob csvImportJobDeclaration() {
		return LaunchableJob.tenantJob(CsvImportJob.NAME)
			.resumesUnattended()
			.audited("import.completed", "import.ended");
	}

	@Bean
	@JobScope
	Step csvImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			ImportPlans plans, JsonMapper json, ImportProperties properties, RunContext run) {
		ImportPlan plan = plans.load(run.longParameter(CsvImportJob.IMPORT_ID));
		// Rows are read and normalised on the reader's own thread while the step writes
		// the chunk before.
		PrefetchingRowReader rows = new PrefetchingRowReader(new ContactCsvReader(plan.source(), plan.settings()),
				new ContactRowNormaliser(plan), 2 * properties.chunkSize());
		return new StepBuilder("csvImportStep", jobRepository).<ImportRow, ImportRow>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(rows)
			.writer(new ContactStagingWriter(dsl, plan, json))
			.listener(readingStopped(run))
			.build();
	}

	/**
	 * Merges what {@code csvImportStep} staged, one range of e-mail keys per partition,
	 * the partitions side by side on threads of their own (which enter the run's tenant
	 * and logging context). A restart resumes each unfinished partition after its last
	 * block.
	 */
	@Bean
	@JobScope
	Step csvImportMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			ImportPlans plans, ImportProperties properties, RunContext run) {
		ImportPlan plan = plans.load(run.longParameter(CsvImportJob.IMPORT_ID));
		// Progress is shown against the rows read plus the contacts to merge, once both
		// are known.
		StagedContactMerge merge = new StagedContactMerge(dsl, plan, properties.mergeBlockSize(), run::expectItems);
		// The worker step carries the manager's name: Spring Batch names the partitions
		// after it ("csvImportMergeStep:partition0"), which is how a run's items tell
		// them from their manager (PartitionSteps).
		Step blocks = new StepBuilder("csvImportMergeStep", jobRepository).tasklet(merge.blocks(), transactionManager)
			.build();
		return new StepBuilder("csvImportMergeStep", jobRepository)
			.partitioner("csvImportMergeStep", merge.partitioner())
			.step(blocks)
			.gridSize(properties.mergePartitions())
			.taskExecutor(inRunContext(properties.mergePartitions()))
			.build();
	}

	/**
	 * Threads that run a task in the tenant and logging context of the thread that handed
	 * it over.
	 */
	private static TaskExecutor inRunContext(int threads) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("csv-merge-");
		executor.setConcurrencyLimit(threads);
		executor.setTaskDecorator(task -> {
			TenantScope scope = TenantContext.current().orElse(null);
			Map<String, String> logging = MDC.getCopyOfContextMap();
			return () -> {
				Map<String, String> before = MDC.getCopyOfContextMap();
				if (logging != null) {
					MDC.setContextMap(logging);
				}
				try {
					if (scope != null) {
						TenantContext.run(scope, task);
					}
					else {
						task.run();
					}
				}
				finally {
					if (before != null) {
						MDC.setContextMap(before);
					}
					else {
						MDC.clear();
					}
				}
			};
		});
		return executor;
	}

	/**
	 * Says in the run's log, once, that reading stopped before the end of the file (and
	 * hands the reason to the verdict step), or that a report footer was skipped.
	 */
	private static StepExecutionListener readingStopped(RunContext run) {
		return new StepExecutionListener() {

			@Override
			public ExitStatus afterStep(StepExecution step) {
				String footer = (String) step.getExecutionContext().get(PrefetchingRowReader.FOOTER_SKIPPED);
				if (footer != null && step.getStatus() == BatchStatus.COMPLETED) {
					run.warning("import.footer_skipped", footer);
				}
				String stopped = (String) step.getExecutionContext().get(PrefetchingRowReader.STOPPED_READING);
				if (stopped != null && step.getStatus() == BatchStatus.COMPLETED) {
					run.warning("import.reading_stopped", stopped);
					step.getJobExecution()
						.getExecutionContext()
						.putString(PrefetchingRowReader.STOPPED_READING, stopped);
				}
				return null;
			}

		};
	}

	/**
	 * Fails the run when reading stopped before the end of the file: the rows before the
	 * stop are imported, but the import is not complete and must not look it.
	 */
	@Bean
	Step csvImportVerdictStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new StepBuilder("csvImportVerdictStep", jobRepository).tasklet((contribution, chunk) -> {
			Object stopped = chunk.getStepContext().getJobExecutionContext().get(PrefetchingRowReader.STOPPED_READING);
			if (stopped != null) {
				throw new ImportFileUnreadableException(stopped.toString());
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	JobExecutionListener csvImportListener(DSLContext dsl, RunContexts runs, ImportStatistics statistics) {
		return new JobExecutionListener() {

			@Override
			public void beforeJob(JobExecution execution) {
				RunContext run = runs.of(execution);
				long importId = run.longParameter(CsvImportJob.IMPORT_ID);
				run.target("contact_import", importId);
				dsl.update(CONTACT_IMPORT)
					.set(CONTACT_IMPORT.STARTED_AT,
							DSL.coalesce(CONTACT_IMPORT.STARTED_AT, DSL.currentOffsetDateTime()))
					.set(CONTACT_IMPORT.FINISHED_AT, (OffsetDateTime) null)
					.where(CONTACT_IMPORT.ID.eq(importId))
					.execute();
			}

			@Override
			public void afterJob(JobExecution execution) {
				RunContext run = runs.of(execution);
				ContactImportRecord row = dsl.update(CONTACT_IMPORT)
					.set(CONTACT_IMPORT.FINISHED_AT, DSL.currentOffsetDateTime())
					.where(CONTACT_IMPORT.ID.eq(run.longParameter(CsvImportJob.IMPORT_ID)))
					.returning()
					.fetchOne();
				if (row != null) {
					run.summarise("rows", row.getRowsRead());
					run.summarise("inserted", row.getInserted());
					run.summarise("updated", row.getUpdated());
					run.summarise("unchanged", row.getUnchanged());
					run.summarise("duplicates", row.getDuplicates());
					run.summarise("rejected", row.getRejected());
					List<String> analysed = statistics.refresh(row);
					if (!analysed.isEmpty()) {
						run.info("import.analyzed", "Vacuumed and analysed " + String.join(" and ", analysed)
								+ ", so browsing finds the imported rows ready");
					}
				}
			}

		};
	}

}
