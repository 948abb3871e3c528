package dev.leadline.api.fuzz;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.HttpTestClient;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.csvimport.ImportTestSupport;
import dev.leadline.jobs.platform.PlatformTestSupport;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;

/**
 * A throwaway tenant for one parameter or field of one operation: its admin (a platform
 * admin too, for the admin endpoints) signed in, and the rows whose ids the operation
 * needs, made when first asked for. Whatever the hostile requests do (log out, delete,
 * rotate the refresh token, use up a rate limit) stays inside it.
 */
final class Arena {

	private final Fixtures fixtures;

	final TestAccounts.Tenant tenant;

	final TestAccounts.User admin;

	final String accessToken;

	final String refreshToken;

	private Long member;

	private Long company;

	private Long contact;

	private Long upload;

	private Long run;

	Arena(Fixtures fixtures, boolean platformAdmin) {
		this.fixtures = fixtures;
		this.tenant = fixtures.accounts().aTenant();
		this.admin = fixtures.accounts().aUser(tenant, UserRole.admin);
		if (platformAdmin) {
			fixtures.accounts()
				.system(() -> fixtures.dsl()
					.update(APP_USER)
					.set(APP_USER.PLATFORM_ADMIN, true)
					.where(APP_USER.ID.eq(admin.id()))
					.execute());
		}
		JsonNode session = fixtures.accounts().login(fixtures.http(), admin);
		this.accessToken = session.path("accessToken").asString();
		this.refreshToken = session.path("refreshToken").asString();
	}

	/** What arenas are made of: the application's beans and a client. */
	record Fixtures(TestAccounts accounts, DSLContext dsl, PlatformTestSupport platform, ImportTestSupport imports,
			HttpTestClient http) {
	}

	long member() {
		return member = once(member, () -> fixtures.accounts().aUser(tenant, UserRole.member).id());
	}

	long company() {
		return company = once(company,
				() -> fixtures.accounts()
					.system(() -> fixtures.dsl()
						.insertInto(COMPANY, COMPANY.TENANT_ID, COMPANY.NAME, COMPANY.DOMAIN)
						.values(tenant.id(), "Fuzz Corp", tenant.slug() + ".example")
						.returning(COMPANY.ID)
						.fetchSingle()
						.getId()));
	}

	long contact() {
		long companyId = company();
		return contact = once(contact,
				() -> fixtures.accounts()
					.system(() -> fixtures.dsl()
						.insertInto(CONTACT, CONTACT.TENANT_ID, CONTACT.EMAIL, CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME)
						.values(tenant.id(), "ada@" + tenant.slug() + ".example", companyId, "Fuzz Corp")
						.returning(CONTACT.ID)
						.fetchSingle()
						.getId()));
	}

	long upload() {
		return upload = once(upload, () -> fixtures.imports()
			.upload(tenant.id(), "Email,Name\nada@fuzz.example,Ada\nbob@fuzz.example,Bob\n"));
	}

	/** A finished run of the tenant's (the harness job, three items). */
	long run() {
		return run = once(run, () -> {
			long id = fixtures.platform().harnessRun(tenant.id(), Map.of("items", "3"));
			fixtures.platform().awaitStatus(id, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
			return id;
		});
	}

	/** The id a path of this operation needs, by the resource it names. */
	long idFor(String path) {
		if (path.startsWith("/api/v1/users/")) {
			return member();
		}
		if (path.startsWith("/api/v1/jobs/") || path.startsWith("/api/v1/admin/jobs/")) {
			return run();
		}
		if (path.startsWith("/api/v1/imports/")) {
			return upload();
		}
		if (path.startsWith("/api/v1/contacts/")) {
			return contact();
		}
		if (path.startsWith("/api/v1/companies/")) {
			return company();
		}
		throw new AssertionError("No id for " + path + ": give the fuzz test's Arena a fixture for it.");
	}

	private static long once(Long made, LongSupplier make) {
		return made != null ? made : make.getAsLong();
	}

}
