package dev.leadline.api.system.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.LeadlineIntegrationTest;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

		int rounds = new Warmup(all, new WarmupProperties(true, 40, Duration.ofMinutes(2)), transactions).run();

		assertThat(tasks).extracting(task -> task.getClass().getSimpleName())
			.contains("ContactBrowseWarmup", "CompanyBrowseWarmup");
		assertThat(rounds).as("rounds completed (a task that throws ends the warm-up early)").isEqualTo(40);
		assertThat(probed).hasValue(40);
	}

	@Test
	void theBudgetEndsTheWarmUpWhateverTheRoundsLeft() {
		int rounds = new Warmup(tasks, new WarmupProperties(true, Integer.MAX_VALUE, Duration.ofMillis(300)),
				transactions)
			.run();

		assertThat(rounds).isPositive().isLessThan(Integer.MAX_VALUE);
	}

}
