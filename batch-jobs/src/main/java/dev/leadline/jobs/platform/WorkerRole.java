package dev.leadline.jobs.platform;

import java.util.Arrays;
import org.springframework.core.env.Environment;

/**
 * Whether this process runs jobs: {@code leadline.roles} (LEADLINE_ROLES) names
 * {@code worker}.
 */
final class WorkerRole {

	private WorkerRole() {
	}

	static boolean enabled(Environment environment) {
		return Arrays.stream(environment.getProperty("leadline.roles", "api,worker").split(","))
			.map(String::trim)
			.anyMatch("worker"::equalsIgnoreCase);
	}

}
