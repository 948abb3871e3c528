package dev.leadline.jobs.platform;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the {@link RunContext} of a job execution: injected into job-scoped beans, or
 * asked for by listeners.
 */
@Configuration(proxyBeanMethods = false)
public class RunContexts {

	private final RunEvents events;

	private final DSLContext dsl;

	RunContexts(RunEvents events, DSLContext dsl) {
		this.events = events;
		this.dsl = dsl;
	}

	public RunContext of(JobExecution execution) {
		return new RunContext(execution, this.events, this.dsl);
	}

	/** The current job execution's run, for a job's steps, readers and writers. */
	@Bean
	@JobScope
	static RunContext runContext(@Value("#{jobExecution}") JobExecution execution, RunContexts contexts) {
		return contexts.of(execution);
	}

}
