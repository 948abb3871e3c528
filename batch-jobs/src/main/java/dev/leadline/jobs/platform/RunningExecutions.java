package dev.leadline.jobs.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The runs this process is executing now, and their current job execution. */
@Component
class RunningExecutions {

	private final Map<Long, Long> executionByRun = new ConcurrentHashMap<>();

	void claimed(long runId) {
		executionByRun.put(runId, -1L);
	}

	void executing(long runId, long executionId) {
		executionByRun.put(runId, executionId);
	}

	void finished(long runId) {
		executionByRun.remove(runId);
	}

	int count() {
		return executionByRun.size();
	}

	Map<Long, Long> snapshot() {
		return Map.copyOf(executionByRun);
	}

}
