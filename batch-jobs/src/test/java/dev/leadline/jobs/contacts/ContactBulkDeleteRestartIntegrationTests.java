package dev.leadline.jobs.contacts;

import dev.leadline.jobs.selection.ContactFilter;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.jobs.platform.DeleteTrap;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.platform.RunTrigger;
import java.time.Duration;
import java.util.Map;
import leadlinetest.PlatformTestApplication;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk delete in the shape of Spring Batch's RestartFunctionalTests: it fails in its
 * third chunk, exactly two chunks are gone, and the restart deletes exactly the rest in a
 * second execution of the same instance.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class ContactBulkDeleteRestartIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	@Autowired
	PlatformTestSupport platform;

	@Autowired
	JobRuns runs;

	@Autowired
	DSLContext dsl;

	@Autowired
	JsonMapper json;

	@Test
	void restartResumesFromLastCommittedChunkAndDeletesExactlyTheMatchingContacts() throws Exception {
		long tenant = platform.aTenant();
		int matching = ContactBulkDeleteJobConfiguration.CHUNK * 4 + 250;
		platform
			.as(tenant, () -> dsl.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.EMAIL, CONTACT.COUNTRY)
				.select(DSL.select(DSL.val(tenant),
						DSL.concat(DSL.val("c"), DSL.field("g", String.class), DSL.val("@bulk.test")), DSL.inline("DE"))
					.from("generate_series(1, " + matching + ") g"))
				.execute());
		platform.as(tenant,
				() -> dsl.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.EMAIL, CONTACT.COUNTRY)
					.values(tenant, "keep@bulk.test", "FR")
					.execute());
		// The first contact of the third chunk, in the reader's id order.
		long poisoned = platform.as(tenant,
				() -> dsl.select(CONTACT.ID)
					.from(CONTACT)
					.where(CONTACT.TENANT_ID.eq(tenant), CONTACT.COUNTRY.eq("DE"))
					.orderBy(CONTACT.ID)
					.offset(ContactBulkDeleteJobConfiguration.CHUNK * 2)
					.limit(1)
					.fetchSingle(CONTACT.ID));
		long upToId = platform.as(tenant,
				() -> dsl.select(DSL.max(CONTACT.ID))
					.from(CONTACT)
					.where(CONTACT.TENANT_ID.eq(tenant))
					.fetchSingle(0, Long.class));
		ContactFilter germany = new ContactFilter(null, null, java.util.List.of("DE"), null, null, null, null, null,
				null, null, null, null, null);
		Map<String, String> parameters = Map.of(ContactBulkDeleteJob.FILTER, json.writeValueAsString(germany),
				ContactBulkDeleteJob.UP_TO_ID, Long.toString(upToId));

		long run;
		try (DeleteTrap trap = DeleteTrap.failDeletesOf("contact", poisoned)) {
			run = platform.as(tenant,
					() -> runs
						.trigger(tenant, ContactBulkDeleteJob.NAME, parameters, RunTrigger.system("test"), null,
								(long) matching)
						.runId());
			platform.awaitStatus(run, JobRunStatus.FAILED, WITHIN);
		}
		assertThat(germans(tenant)).as("exactly two committed chunks deleted")
			.isEqualTo(matching - 2 * ContactBulkDeleteJobConfiguration.CHUNK);

		platform.as(tenant, () -> runs.restart(run));
		platform.awaitStatus(run, JobRunStatus.COMPLETED, WITHIN);

		assertThat(germans(tenant)).isZero();
		assertThat(platform.as(tenant, () -> dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenant)))).isEqualTo(1);
		assertThat(platform.executions(run)).isEqualTo(2);
		assertThat(platform.batchExecutionsOfOneInstance(run)).isEqualTo(1);
	}

	private int germans(long tenant) {
		return platform.as(tenant,
				() -> dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(tenant).and(CONTACT.COUNTRY.eq("DE"))));
	}

}
