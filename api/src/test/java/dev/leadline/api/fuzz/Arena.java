package dev.leadline.api.fuzz;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_VIEW;

import dev.leadline.HttpTestClient;
import dev.leadline.TestAccounts;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.enums.UserRole;
import dev.leadline.jobs.csvimport.ImportTestSupport;
import dev.leadline.jobs.enrichment.EnrichmentTestSupport;
import dev.leadline.jobs.platform.PlatformTestSupport;
import dev.leadline.jobs.reports.ReportRequest;
import dev.leadline.jobs.reports.ReportTestSupport;
import java.time.Duration;
import java.util.List;
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

	private Long savedView;

	private Long run;

	private Long enrichmentRun;

	private Long report;

	private Long reportFile;

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
			EnrichmentTestSupport enrichment, ReportTestSupport reports, HttpTestClient http) {
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

	/** A finished enrichment run of the tenant's (the harness stage, one contact). */
	long enrichmentRun() {
		contact();
		return enrichmentRun = once(enrichmentRun, () -> {
			fixtures.enrichment().topUp(tenant.id(), 10);
			long id = fixtures.enrichment().start(tenant.id(), fixtures.enrichment().everyone(null));
			fixtures.enrichment().awaitEnd(id, JobRunStatus.COMPLETED);
			return id;
		});
	}

	/** A finished report of the tenant's: one dossier, of the arena's company. */
	long report() {
		long companyId = company();
		return report = once(report, () -> {
			long id = fixtures.reports().start(tenant.id(), new ReportRequest(List.of(companyId), null));
			fixtures.platform().awaitStatus(id, JobRunStatus.COMPLETED, Duration.ofSeconds(60));
			return id;
		});
	}

	/** The report's one file. */
	long reportFile() {
		long reportId = report();
		return reportFile = once(reportFile, () -> fixtures.reports().complete(tenant.id(), reportId).get(0).getId());
	}

	/** The id a path parameter of this operation needs, by its name and the resource. */
	long idFor(String path, String parameter) {
		if ("fileId".equals(parameter) && path.startsWith("/api/v1/reports/")) {
			return reportFile();
		}
		if (!"id".equals(parameter)) {
			throw new AssertionError("No value for path parameter " + parameter + " of " + path
					+ ": give the fuzz test's Arena a fixture for it.");
		}
		return idFor(path);
	}

	/** The id a path of this operation needs, by the resource it names. */
	long idFor(String path) {
		if (path.startsWith("/api/v1/users/")) {
			return member();
		}
		if (path.startsWith("/api/v1/jobs/") || path.startsWith("/api/v1/admin/jobs/")) {
			return run();
		}
		if (path.startsWith("/api/v1/enrichment/runs/")) {
			return enrichmentRun();
		}
		if (path.startsWith("/api/v1/reports/")) {
			return report();
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
		if (path.startsWith("/api/v1/contact-views/")) {
			return savedView();
		}
		throw new AssertionError("No id for " + path + ": give the fuzz test's Arena a fixture for it.");
	}

	/** A saved view of the arena's admin (the one signed in). */
	long savedView() {
		return savedView = once(savedView,
				() -> fixtures.accounts()
					.system(() -> fixtures.dsl()
						.insertInto(CONTACT_VIEW)
						.set(CONTACT_VIEW.TENANT_ID, tenant.id())
						.set(CONTACT_VIEW.USER_ID, admin.id())
						.set(CONTACT_VIEW.NAME, "Fuzz view")
						.set(CONTACT_VIEW.SORT, "name")
						.returning(CONTACT_VIEW.ID)
						.fetchSingle()
						.getId()));
	}

	private static long once(Long made, LongSupplier make) {
		return made != null ? made : make.getAsLong();
	}

}
