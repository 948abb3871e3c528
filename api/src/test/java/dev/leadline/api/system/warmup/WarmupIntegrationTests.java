package dev.leadline.api.system.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.api.system.process.LeadlineProperties;
import dev.leadline.api.system.process.ProcessRole;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The start-up warm-up (off in the other tests' context) runs every browse task to the
 * end on the real database, in a read-only transaction of a tenant scope that shows no
 * rows.
 */
@LeadlineIntegrationTest
class WarmupIntegrationTests {

	@Autowired
	List<WarmupTask> tasks;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyBrowseTaskRunsEveryRoundInAReadOnlyScopeOfNoTenant() {
		AtomicInteger probed = new AtomicInteger();
		List<WarmupTask> all = new ArrayList<>(tasks);
		all.add(round -> {
			assertThat(TenantContext.current()).contains(TenantScope.tenant(WarmupTask.NO_TENANT));
			assertThat(TransactionSynchronizationManager.isCurrentTransactionReadOnly()).isTrue();
			probed.incrementAndGet();
		});

		int rounds = new Warmup(all, new WarmupProperties(true, 40, Duration.ofMinutes(2)), serving(ProcessRole.API),
				transactions)
			.run();

		assertThat(tasks).extracting(task -> task.getClass().getSimpleName())
			.contains("ContactBrowseWarmup", "CompanyBrowseWarmup");
		assertThat(rounds).as("rounds completed (a task that throws ends the warm-up early)").isEqualTo(40);
		assertThat(probed).hasValue(40);
	}

	@Test
	void theBudgetEndsTheWarmUpWhateverTheRoundsLeft() {
		long start = System.nanoTime();
		int rounds = new Warmup(tasks, new WarmupProperties(true, Integer.MAX_VALUE, Duration.ofMillis(300)),
				serving(ProcessRole.API), transactions)
			.run();

		assertThat(rounds).isPositive().isLessThan(Integer.MAX_VALUE);
		assertThat(Duration.ofNanos(System.nanoTime() - start))
			.as("ended by its budget of 300 ms, one round late at most")
			.isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void onlyAProcessThatServesTheApiWarmsUp() {
		WarmupProperties on = new WarmupProperties(true, 10, Duration.ofSeconds(5));

		assertThat(new Warmup(tasks, on, serving(ProcessRole.API, ProcessRole.WORKER), transactions).shouldRun())
			.isTrue();
		assertThat(new Warmup(tasks, on, serving(ProcessRole.API), transactions).shouldRun()).isTrue();
		assertThat(new Warmup(tasks, on, serving(ProcessRole.WORKER), transactions).shouldRun())
			.as("a worker-only process answers no page")
			.isFalse();
		assertThat(new Warmup(tasks, new WarmupProperties(false, 10, Duration.ofSeconds(5)), serving(ProcessRole.API),
				transactions)
			.shouldRun()).as("LEADLINE_WARMUP_ENABLED=false").isFalse();
	}

	private static LeadlineProperties serving(ProcessRole... roles) {
		return new LeadlineProperties(Path.of("unused"), Set.of(roles));
	}

}
