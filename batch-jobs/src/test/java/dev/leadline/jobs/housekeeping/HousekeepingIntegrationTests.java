package dev.leadline.jobs.housekeeping;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.RATE_LIMIT_BUCKET;
import static dev.leadline.db.jooq.Tables.REFRESH_TOKEN;
import static dev.leadline.db.jooq.Tables.TOKEN_FAMILY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.jobs.csvimport.ImportTestSupport;
import dev.leadline.jobs.harness.ArmedHousekeepingFailure;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.RunTrigger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = PlatformTestApplication.class)
class HousekeepingIntegrationTests {

	@Autowired
	DSLContext dsl;

	@Autowired
	JobRuns runs;

	@Autowired
	PlatformTestSupport support;

	@Autowired
	ImportTestSupport imports;

	@Test
	void removesExpiredSessionsFullBucketsAndOldRunsButKeepsWhatIsCurrent() {
		long tenant = support.aTenant();
		long oldRun = support.harnessRun(tenant, Map.of("items", "3"));
		long recentRun = support.harnessRun(tenant, Map.of("items", "3"));
		support.awaitStatus(oldRun, JobRunStatus.COMPLETED, Duration.ofSeconds(30));
		support.awaitStatus(recentRun, JobRunStatus.COMPLETED, Duration.ofSeconds(30));
		OffsetDateTime longAgo = OffsetDateTime.now().minusDays(200);
		long oldUpload = imports.upload(tenant, "Email\nold@hk.example\n");
		long newUpload = imports.upload(tenant, "Email\nnew@hk.example\n");
		UUID expiredSession = UUID.randomUUID();
		UUID liveSession = UUID.randomUUID();
		system(() -> {
			long user = aUser(tenant);
			dsl.insertInto(TOKEN_FAMILY)
				.set(TOKEN_FAMILY.ID, expiredSession)
				.set(TOKEN_FAMILY.TENANT_ID, tenant)
				.set(TOKEN_FAMILY.USER_ID, user)
				.set(TOKEN_FAMILY.EXPIRES_AT, longAgo)
				.execute();
			dsl.insertInto(TOKEN_FAMILY)
				.set(TOKEN_FAMILY.ID, liveSession)
				.set(TOKEN_FAMILY.TENANT_ID, tenant)
				.set(TOKEN_FAMILY.USER_ID, user)
				.set(TOKEN_FAMILY.EXPIRES_AT, OffsetDateTime.now().plusDays(3))
				.execute();
			dsl.insertInto(REFRESH_TOKEN)
				.set(REFRESH_TOKEN.TENANT_ID, tenant)
				.set(REFRESH_TOKEN.FAMILY_ID, liveSession)
				.set(REFRESH_TOKEN.TOKEN_HASH, new byte[32])
				.set(REFRESH_TOKEN.EXPIRES_AT, longAgo)
				.execute();
			dsl.insertInto(RATE_LIMIT_BUCKET)
				.set(RATE_LIMIT_BUCKET.ID, "hk-full")
				.set(RATE_LIMIT_BUCKET.EXPIRES_AT, 1L)
				.execute();
			dsl.update(JOB_RUN).set(JOB_RUN.ENDED_AT, longAgo).where(JOB_RUN.ID.eq(oldRun)).execute();
			dsl.update(CONTACT_IMPORT)
				.set(CONTACT_IMPORT.CREATED_AT, longAgo)
				.where(CONTACT_IMPORT.ID.eq(oldUpload))
				.execute();
			return null;
		});

		long housekeeping = system(
				() -> runs.trigger(null, "housekeepingJob", Map.of(), RunTrigger.system("test"), null, null).runId());
		support.awaitStatus(housekeeping, JobRunStatus.COMPLETED, Duration.ofSeconds(30));

		system(() -> {
			assertThat(dsl.fetchExists(TOKEN_FAMILY, TOKEN_FAMILY.ID.eq(expiredSession))).isFalse();
			assertThat(dsl.fetchExists(TOKEN_FAMILY, TOKEN_FAMILY.ID.eq(liveSession))).isTrue();
			assertThat(dsl.fetchExists(REFRESH_TOKEN, REFRESH_TOKEN.FAMILY_ID.eq(liveSession))).isFalse();
			assertThat(dsl.fetchExists(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.ID.eq("hk-full"))).isFalse();
			assertThat(dsl.fetchExists(JOB_RUN, JOB_RUN.ID.eq(oldRun))).isFalse();
			assertThat(dsl.fetchExists(JOB_RUN, JOB_RUN.ID.eq(recentRun))).isTrue();
			assertThat(springBatchExecutionsOf(oldRun)).isZero();
			assertThat(springBatchExecutionsOf(recentRun)).isEqualTo(1);
			assertThat(dsl.fetchValue(CONTACT_IMPORT.FILE_REMOVED_AT, CONTACT_IMPORT.ID.eq(oldUpload))).isNotNull();
			assertThat(dsl.fetchValue(CONTACT_IMPORT.FILE_REMOVED_AT, CONTACT_IMPORT.ID.eq(newUpload))).isNull();
			return null;
		});
	}

	@Test
	void aPassThatFailsInATaskIsUndoneAndItsRestartDoesTheWholePass() {
		long tenant = support.aTenant();
		UUID expiredSession = UUID.randomUUID();
		system(() -> {
			long user = aUser(tenant);
			return dsl.insertInto(TOKEN_FAMILY)
				.set(TOKEN_FAMILY.ID, expiredSession)
				.set(TOKEN_FAMILY.TENANT_ID, tenant)
				.set(TOKEN_FAMILY.USER_ID, user)
				.set(TOKEN_FAMILY.EXPIRES_AT, OffsetDateTime.now().minusDays(200))
				.execute();
		});
		ArmedHousekeepingFailure.arm();

		long housekeeping = system(
				() -> runs.trigger(null, "housekeepingJob", Map.of(), RunTrigger.system("test"), null, null).runId());
		support.awaitStatus(housekeeping, JobRunStatus.FAILED, Duration.ofSeconds(30));
		assertThat(support.failure(housekeeping)).contains("Armed housekeeping failure");
		assertThat(system(() -> dsl.fetchExists(TOKEN_FAMILY, TOKEN_FAMILY.ID.eq(expiredSession))))
			.as("the failed pass committed nothing")
			.isTrue();

		system(() -> runs.restart(housekeeping));
		support.awaitStatus(housekeeping, JobRunStatus.COMPLETED, Duration.ofSeconds(30));
		assertThat(system(() -> dsl.fetchExists(TOKEN_FAMILY, TOKEN_FAMILY.ID.eq(expiredSession)))).isFalse();
		assertThat(support.executions(housekeeping)).isEqualTo(2);
		assertThat(support.batchExecutionsOfOneInstance(housekeeping)).isEqualTo(1);
	}

	private long aUser(long tenant) {
		return dsl.insertInto(APP_USER)
			.set(APP_USER.TENANT_ID, tenant)
			.set(APP_USER.EMAIL, UUID.randomUUID() + "@hk.test")
			.set(APP_USER.DISPLAY_NAME, "HK")
			.set(APP_USER.PASSWORD_HASH, "x")
			.returning(APP_USER.ID)
			.fetchSingle(APP_USER.ID);
	}

	private long springBatchExecutionsOf(long run) {
		return dsl
			.fetchSingle("SELECT count(*) FROM batch_job_execution e JOIN batch_job_execution_params p "
					+ "ON p.job_execution_id = e.job_execution_id WHERE p.parameter_name = 'run.id' "
					+ "AND p.parameter_value = ?", String.valueOf(run))
			.get(0, Long.class);
	}

	private <T> T system(java.util.function.Supplier<T> work) {
		return TenantContext.system(work);
	}

}
