package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.credits.CreditLedger;
import dev.leadline.jobs.logging.ContextPropagatingExecutorService;
import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import dev.leadline.jobs.platform.RunContexts;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code enrichmentJob}: one stage over the run's selection, in three steps.
 * <ol>
 * <li>{@code enrichmentSelectStep} records the selected items as pending (once).</li>
 * <li>{@code enrichmentHoldStep} holds what they may cost (each attempt; a run that
 * cannot get its credits stops, resumable).</li>
 * <li>{@code enrichmentStep} enriches them a chunk at a time
 * ({@link EnrichmentProperties#chunkSize()}): the stage outside any transaction, the
 * results and charges in one.</li>
 * </ol>
 * Every attempt ends by releasing what it held and did not spend. Safe to resume after a
 * lost worker: the items' pending state and the charge key make every chunk idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EnrichmentProperties.class)
class EnrichmentJobConfiguration {

	@Bean
	Job enrichmentJob(JobRepository jobRepository, Step enrichmentSelectStep, Step enrichmentHoldStep,
			Step enrichmentStep, JobExecutionListener enrichmentListener) {
		return new JobBuilder(EnrichmentJob.NAME, jobRepository).start(enrichmentSelectStep)
			.next(enrichmentHoldStep)
			.next(enrichmentStep)
			.listener(enrichmentListener)
			.build();
	}

	@Bean
	LaunchableJob enrichmentJobDeclaration() {
		return LaunchableJob.tenantJob(EnrichmentJob.NAME)
			.resumesUnattended()
			.audited("enrichment.completed", "enrichment.ended");
	}

	@Bean
	Job nightlyEnrichmentJob(JobRepository jobRepository, Step nightlyEnrichmentStep) {
		return new JobBuilder(EnrichmentJob.NIGHTLY, jobRepository).start(nightlyEnrichmentStep).build();
	}

	@Bean
	LaunchableJob nightlyEnrichmentJobDeclaration() {
		return LaunchableJob.platformJob(EnrichmentJob.NIGHTLY).resumesUnattended();
	}

	@Bean
	@JobScope
	Step nightlyEnrichmentStep(JobRepository jobRepository, DSLContext dsl, EnrichmentRuns enrichmentRuns,
			EnrichmentStages stages, CreditLedger credits, RunContext run) {
		// Each tenant's runs start in a transaction of their own, in that tenant's scope;
		// the tasklet itself opens none (a tasklet step needs synchronisation, though).
		NightlyEnrichment nightly = new NightlyEnrichment(dsl, enrichmentRuns, stages, credits);
		return new StepBuilder("nightlyEnrichmentStep", jobRepository).tasklet((contribution, chunk) -> {
			run.summarise("runsStarted", nightly.startAll(run));
			return RepeatStatus.FINISHED;
		}, new ResourcelessTransactionManager()).build();
	}

	@Bean
	ResultRecorder enrichmentResultRecorder(DSLContext dsl, CreditLedger credits, JsonMapper json) {
		return new ResultRecorder(dsl, credits, json);
	}

	@Bean
	@JobScope
	Step enrichmentSelectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DSLContext dsl, JsonMapper json, EnrichmentStages stages, EnrichmentSettingsStore settings,
			RunContext run) {
		return new StepBuilder("enrichmentSelectStep", jobRepository).tasklet((contribution, chunk) -> {
			EnrichmentRunRecord row = enrichmentRun(dsl, run);
			long items = RunItems.select(dsl, json, row, stages.get(row.getStage()), settings.get(run.tenantId()));
			run.expectItems(items);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	@JobScope
	Step enrichmentHoldStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			CreditLedger credits, RunContext run) {
		return new StepBuilder("enrichmentHoldStep", jobRepository).tasklet((contribution, chunk) -> {
			String shortfall = new CreditHold(dsl, credits).holdForPending(run.tenantId(), run.runId());
			if (shortfall != null) {
				run.stopOutOfCredits(shortfall);
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	@Bean
	@JobScope
	Step enrichmentStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			EnrichmentStages stages, ResultRecorder enrichmentResultRecorder, EnrichmentProperties properties,
			RunContext run, ExecutorService enrichmentRecorders) {
		EnrichmentStage stage = stages.get(run.parameter(EnrichmentJob.STAGE));
		int chunk = properties.chunkSize();
		return new StepBuilder("enrichmentStep", jobRepository).<Long, Long>chunk(chunk)
			// The stage may call outside services: no transaction may be open meanwhile.
			// The writer records each chunk in a transaction of its own.
			.transactionManager(withoutConnections())
			.reader(new PendingItems(dsl, run.tenantId(), run.runId(), chunk))
			.writer(new EnrichmentChunkWriter(dsl, new TransactionTemplate(transactionManager),
					enrichmentResultRecorder, stage, run, enrichmentRecorders))
			.build();
	}

	/**
	 * The threads that record a chunk's parts while the stage works on the next part (one
	 * busy per running enrichment step at most).
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService enrichmentRecorders() {
		AtomicInteger count = new AtomicInteger();
		return ContextPropagatingExecutorService.of(Executors.newCachedThreadPool((work) -> {
			Thread thread = new Thread(work, "enrichment-recorder-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}));
	}

	@Bean
	JobExecutionListener enrichmentListener(RunContexts runs, DSLContext dsl, CreditLedger credits,
			PlatformTransactionManager transactionManager) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		return new JobExecutionListener() {

			@Override
			public void afterJob(JobExecution execution) {
				RunContext run = runs.of(execution);
				EnrichmentRunRecord row = transactions.execute((status) -> {
					new CreditHold(dsl, credits).releaseAll(run.tenantId(), run.runId());
					return enrichmentRun(dsl, run);
				});
				run.summarise("stage", row.getStage());
				run.summarise("found", row.getFound());
				run.summarise("notFound", row.getNotFound());
				run.summarise("failed", row.getFailed());
				run.summarise("skippedFresh", row.getSkippedFresh());
				run.summarise("credits", row.getCharged());
			}

		};
	}

	/**
	 * A transaction manager that opens no transaction and, without synchronization, lets
	 * no connection stay bound to the thread between statements: the stage's outside
	 * calls hold no pooled connection either.
	 */
	static PlatformTransactionManager withoutConnections() {
		ResourcelessTransactionManager manager = new ResourcelessTransactionManager();
		manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_NEVER);
		return manager;
	}

	private static EnrichmentRunRecord enrichmentRun(DSLContext dsl, RunContext run) {
		return dsl.selectFrom(ENRICHMENT_RUN)
			.where(ENRICHMENT_RUN.TENANT_ID.eq(run.tenantId()), ENRICHMENT_RUN.RUN_ID.eq(run.runId()))
			.fetchSingle();
	}

}
