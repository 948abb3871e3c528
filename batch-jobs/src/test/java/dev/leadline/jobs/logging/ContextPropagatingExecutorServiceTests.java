package dev.leadline.jobs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class ContextPropagatingExecutorServiceTests {

	private final ExecutorService pool = Executors.newSingleThreadExecutor();

	private final ExecutorService executor = ContextPropagatingExecutorService.of(this.pool);

	@AfterEach
	void stop() throws InterruptedException {
		MDC.clear();
		this.executor.shutdown();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

	@Test
	void tasksRunWithTheSubmittersIdsAndLeaveNothingBehindOnThePoolThread() throws Exception {
		try (LoggingContext.Entered ignored = LoggingContext.enter(Map.of(LoggingContext.RUN_ID, 42L,
				LoggingContext.JOB_NAME, "reportJob", LoggingContext.TENANT_ID, 7L))) {
			List<Future<Map<String, String>>> seen = this.executor
				.invokeAll(List.<Callable<Map<String, String>>>of(MDC::getCopyOfContextMap, MDC::getCopyOfContextMap));

			assertThat(seen).extracting(Future::get)
				.allSatisfy((context) -> assertThat(context).containsEntry("runId", "42")
					.containsEntry("jobName", "reportJob")
					.containsEntry("tenantId", "7"));
		}

		assertThat(this.pool.submit(MDC::getCopyOfContextMap).get()).as("the pool thread afterwards").isNullOrEmpty();
		assertThat(this.executor.submit(MDC::getCopyOfContextMap).get()).as("a task submitted without ids")
			.isNullOrEmpty();
	}

	@Test
	void leavingRestoresWhatTheKeysHeldBefore() {
		MDC.put(LoggingContext.TENANT_ID, "1");

		try (LoggingContext.Entered ignored = LoggingContext.enter(Map.of(LoggingContext.TENANT_ID, 2L))) {
			assertThat(MDC.get(LoggingContext.TENANT_ID)).isEqualTo("2");
		}

		assertThat(MDC.get(LoggingContext.TENANT_ID)).isEqualTo("1");
	}

}
