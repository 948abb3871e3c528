package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.REPORT_FILE;

import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.logging.ContextPropagatingExecutorService;
import dev.leadline.jobs.platform.LaunchableJob;
import dev.leadline.jobs.platform.RunContext;
import dev.leadline.jobs.platform.RunContexts;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reportJob}: one dossier per selected company, in two steps.
 * <ol>
 * <li>{@code reportSelectStep} records a pending file per company (once).</li>
 * <li>{@code reportRenderStep} renders them a chunk at a time into the file store and
 * records each file's name, size and SHA-256.</li>
 * </ol>
 * Resumes unattended: a restart renders exactly the files still pending.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
class ReportJobConfiguration {

	@Bean
	Job reportJob(JobRepository jobRepository, Step reportSelectStep, Step reportRenderStep,
			JobExecutionListener reportListener) {
		return new JobBuilder(ReportJob.NAME, jobRepository).start(reportSelectStep)
			.next(reportRenderStep)
			.listener(reportListener)
			.build();
	}

	@Bean
	LaunchableJob reportJobDeclaration() {
		return LaunchableJob.tenantJob(ReportJob.NAME).resumesUnattended().audited("report.completed", "report.ended");
	}

	/** Loaded by the first report a process renders: API-only processes never do. */
	@Bean
	@Lazy
	DossierFonts dossierFonts() {
		return new DossierFonts();
	}

	@Bean
	@Lazy
	DossierRenderer dossierRenderer(DossierFonts dossierFonts) {
		return new DossierRenderer(dossierFonts);
	}

	/**
	 * Threads that render dossiers, shared by every report of the process (rendering is
	 * CPU work: one per core by default).
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService reportRenderers(ReportProperties properties) {
		int threads = (properties.renderThreads() > 0) ? properties.renderThreads()
				: Runtime.getRuntime().availableProcessors();
		AtomicInteger count = new AtomicInteger();
		return ContextPropagatingExecutorService.of(Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "leadline-report-render-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}));
	}

	@Bean
	@JobScope
	Step reportSelectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			JsonMapper json, RunContext run) {
		return new StepBuilder("reportSelectStep", jobRepository).tasklet((contribution, chunk) -> {
			run.expectItems(SelectedCompanies.select(dsl, json, run.tenantId(), run.runId()));
			run.target("report", run.runId());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	@JobScope
	Step reportRenderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, DSLContext dsl,
			JsonMapper json, ReportProperties properties, DossierRenderer dossierRenderer, FileStore fileStore,
			RunContext run, ExecutorService reportRenderers) {
		DossierWriter writer = new DossierWriter(dsl, new TransactionTemplate(transactionManager),
				new DossierQueries(dsl, json, properties.keyContacts()), dossierRenderer, fileStore, run,
				reportRenderers);
		return new StepBuilder("reportRenderStep", jobRepository).<Long, Long>chunk(properties.chunkSize())
			// Rendering takes a while: no transaction or connection is held meanwhile.
			// The
			// writer records each chunk in a transaction of its own.
			.transactionManager(withoutConnections())
			.reader(new PendingReportFiles(dsl, run.tenantId(), run.runId(), properties.chunkSize() * 10))
			.writer(writer)
			.build();
	}

	@Bean
	JobExecutionListener reportListener(RunContexts runs, DSLContext dsl) {
		return new JobExecutionListener() {

			@Override
			public void afterJob(JobExecution execution) {
				RunContext run = runs.of(execution);
				run.target("report", run.runId());
				dsl.select(REPORT_FILE.STATE, DSL.count())
					.from(REPORT_FILE)
					.where(REPORT_FILE.TENANT_ID.eq(run.tenantId()), REPORT_FILE.REPORT_ID.eq(run.runId()))
					.groupBy(REPORT_FILE.STATE)
					.forEach((row) -> run.summarise(row.value1(), row.value2()));
			}

		};
	}

	/**
	 * A transaction manager that opens no transaction and, without synchronization, lets
	 * no connection stay bound to the thread between statements.
	 */
	private static PlatformTransactionManager withoutConnections() {
		ResourcelessTransactionManager manager = new ResourcelessTransactionManager();
		manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_NEVER);
		return manager;
	}

}
