package dev.leadline.jobs.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** The jobs the platform may run, each with the platform's listener attached. */
@Component
public class JobCatalog {

	/** A launchable job and its Spring Batch definition. */
	public record Entry(LaunchableJob declaration, Job job) {
	}

	private final Map<String, Entry> jobs;

	JobCatalog(List<LaunchableJob> declarations, List<Job> jobs, RunExecutionListener listener) {
		Map<String, Job> byName = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
		this.jobs = declarations.stream().collect(Collectors.toUnmodifiableMap(LaunchableJob::name, declaration -> {
			Job job = byName.get(declaration.name());
			if (!(job instanceof AbstractJob abstractJob)) {
				throw new IllegalStateException("Launchable job " + declaration.name() + " needs a Job bean of "
						+ "that name extending AbstractJob, so the platform can follow its executions");
			}
			abstractJob.registerJobExecutionListener(listener);
			return new Entry(declaration, job);
		}));
	}

	/** Every launchable job's declaration, e.g. for the audit actions they record. */
	public List<LaunchableJob> declarations() {
		return jobs.values().stream().map(Entry::declaration).toList();
	}

	/** Platform jobs (run in the system scope), by name. */
	public List<String> platformJobNames() {
		return jobs.values()
			.stream()
			.map(Entry::declaration)
			.filter(declaration -> !declaration.tenantScoped())
			.map(LaunchableJob::name)
			.sorted()
			.toList();
	}

	public Optional<Entry> find(String name) {
		return Optional.ofNullable(jobs.get(name));
	}

	/**
	 * @throws UnknownJobException unless tenant admins may start the job by name
	 */
	public void requireStartableByName(String name) {
		find(name).filter(entry -> entry.declaration().tenantScoped() && entry.declaration().tenantStartable())
			.orElseThrow(() -> new UnknownJobException(name));
	}

	/**
	 * @throws UnknownJobException unless the job is a platform job (runs in the system
	 * scope)
	 */
	public void requirePlatformJob(String name) {
		find(name).filter(entry -> !entry.declaration().tenantScoped())
			.orElseThrow(() -> new UnknownJobException(name));
	}

	/**
	 * @throws UnknownJobException when no launchable job has that name
	 */
	public Entry get(String name) {
		return find(name).orElseThrow(() -> new UnknownJobException(name));
	}

}
