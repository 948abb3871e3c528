package dev.leadline.api.jobs;

import java.util.List;
import java.util.Map;

/** A run with its parameters and every job execution it produced, each with its steps. */
public record JobRunDetailView(JobRunView run, Map<String, Object> parameters, List<ExecutionView> executions,
		List<String> allowedActions) {
}
