package dev.leadline.api.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.problems.ApiException;
import dev.leadline.api.system.problems.InvalidFieldException;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.CompanyRecord;
import dev.leadline.jobs.companies.CompanyBulkDeleteJob;
import dev.leadline.jobs.contactdata.ContactValues;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import dev.leadline.jobs.selection.CompanyConditions;
import dev.leadline.jobs.selection.CompanyFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edits and deletes companies, audited. A rename reaches the company's contacts (a
 * trigger, migration V9).
 */
@Component
class CompanyActions {

	private final DSLContext dsl;

	private final AuditLog audit;

	private final JobRuns jobRuns;

	private final JsonMapper json;

	CompanyActions(DSLContext dsl, AuditLog audit, JobRuns jobRuns, JsonMapper json) {
		this.dsl = dsl;
		this.audit = audit;
		this.jobRuns = jobRuns;
		this.json = json;
	}

	/**
	 * @throws NotFoundException when the company is not the tenant's
	 * @throws InvalidFieldException when a value cannot be stored
	 * @throws DomainInUseException when another company of the tenant has the website's
	 * domain
	 */
	@Transactional
	void patch(CurrentUser user, long id, CompanyPatchRequest patch) {
		CompanyRecord company = dsl.selectFrom(COMPANY)
			.where(COMPANY.TENANT_ID.eq(user.tenantId()), COMPANY.ID.eq(id))
			.forUpdate()
			.fetchOne();
		if (company == null) {
			throw new NotFoundException("company", id);
		}
		try {
			if (patch.name() != null) {
				String name = ContactValues.text("name", patch.name().orElse(null));
				if (name == null) {
					throw new InvalidFieldException("name", "cannot be empty");
				}
				set(company, COMPANY.NAME, name);
			}
			if (patch.website() != null) {
				String website = patch.website().map(String::strip).filter(w -> !w.isEmpty()).orElse(null);
				set(company, COMPANY.DOMAIN, ContactValues.domain(website));
				set(company, COMPANY.WEBSITE, website);
			}
			if (patch.industry() != null) {
				set(company, COMPANY.INDUSTRY, ContactValues.text("industry", patch.industry().orElse(null)));
			}
			if (patch.employeeCount() != null) {
				Integer employees = patch.employeeCount().orElse(null);
				if (employees != null && employees < 0) {
					throw new InvalidFieldException("employeeCount", "cannot be negative");
				}
				set(company, COMPANY.EMPLOYEE_COUNT, employees);
			}
			if (patch.city() != null) {
				set(company, COMPANY.CITY, ContactValues.text("city", patch.city().orElse(null)));
			}
			if (patch.country() != null) {
				set(company, COMPANY.COUNTRY, ContactValues.country(patch.country().orElse(null)));
			}
		}
		catch (ContactValues.InvalidValueException e) {
			throw new InvalidFieldException(e.field(), e.reason());
		}
		List<String> changed = new ArrayList<>();
		for (Field<?> field : company.fields()) {
			if (company.changed(field)) {
				changed.add(field.getName());
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		try {
			company.store();
		}
		catch (DuplicateKeyException e) {
			throw new DomainInUseException(company.getDomain());
		}
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "company.updated", AuditLog.Target.of("company", id),
				Map.of("fields", changed));
	}

	/**
	 * Its contacts stay, without a company. @throws NotFoundException when the company is
	 * not the tenant's
	 */
	@Transactional
	void delete(CurrentUser user, long id) {
		CompanyRecord deleted = dsl.deleteFrom(COMPANY)
			.where(COMPANY.TENANT_ID.eq(user.tenantId()), COMPANY.ID.eq(id))
			.returning(COMPANY.ID, COMPANY.NAME)
			.fetchOne();
		if (deleted == null) {
			throw new NotFoundException("company", id);
		}
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "company.deleted", AuditLog.Target.of("company", id),
				Map.of("name", deleted.getName()));
	}

	/**
	 * Deletes the tenant's companies among the ids (others' and unknown ids are left
	 * out), each audited as a single delete; their contacts stay, without a company.
	 */
	@Transactional
	CompanySelectionDeletedView deleteSelected(CurrentUser user, List<Long> ids) {
		// Locked first, so no contact is linked to them between the count and the delete.
		List<Long> locked = dsl.select(COMPANY.ID)
			.from(COMPANY)
			.where(COMPANY.TENANT_ID.eq(user.tenantId()), COMPANY.ID.in(ids))
			.forUpdate()
			.fetch(COMPANY.ID);
		if (locked.isEmpty()) {
			return new CompanySelectionDeletedView(0, 0);
		}
		int unlinked = dsl.fetchCount(CONTACT, CONTACT.TENANT_ID.eq(user.tenantId()), CONTACT.COMPANY_ID.in(locked));
		var deleted = dsl.deleteFrom(COMPANY)
			.where(COMPANY.TENANT_ID.eq(user.tenantId()), COMPANY.ID.in(locked))
			.returning(COMPANY.ID, COMPANY.NAME)
			.fetch();
		for (CompanyRecord company : deleted) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("name", company.getName());
			details.put("selection", deleted.size());
			audit.record(user.tenantId(), AuditLog.Actor.of(user), "company.deleted",
					AuditLog.Target.of("company", company.getId()), details);
		}
		return new CompanySelectionDeletedView(deleted.size(), unlinked);
	}

	/**
	 * Queues a bulk delete of the companies matching the filter now: companies created
	 * after this moment are never deleted by it (the run deletes ids up to the highest
	 * one now). Their contacts stay, without a company.
	 */
	@Transactional
	RunTicket bulkDelete(CurrentUser user, CompanyFilter filter, String idempotencyKey) {
		Long upTo = dsl.select(DSL.max(COMPANY.ID))
			.from(COMPANY)
			.where(COMPANY.TENANT_ID.eq(user.tenantId()))
			.fetchOne(0, Long.class);
		long upToId = (upTo != null) ? upTo : 0;
		// For the run's progress; companies deleted meanwhile by others make it end below
		// 100 %.
		long expected = dsl.fetchCount(COMPANY, CompanyConditions.of(user.tenantId(), filter));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(CompanyBulkDeleteJob.FILTER, json.writeValueAsString(filter));
		parameters.put(CompanyBulkDeleteJob.UP_TO_ID, Long.toString(upToId));
		RunTicket ticket = jobRuns.trigger(user.tenantId(), CompanyBulkDeleteJob.NAME, parameters,
				RunTrigger.api(user.userId()), idempotencyKey, expected);
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "company.bulk_delete_requested",
				AuditLog.Target.of("job_run", ticket.runId()), Map.of("filter", filter, "upToId", upToId));
		return ticket;
	}

	/** Records an export of companies (by filter or by selection) in the audit log. */
	@Transactional
	void exported(CurrentUser user, Map<String, Object> details) {
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "company.exported", null, details);
	}

	private static <T> void set(CompanyRecord company, Field<T> field, T value) {
		if (!Objects.equals(value, company.get(field))) {
			company.set(field, value);
		}
	}

	/** Another company of the tenant has this domain. */
	static class DomainInUseException extends ApiException {

		DomainInUseException(String domain) {
			super(HttpStatus.CONFLICT, "domain-in-use", "Domain already in use",
					"Another company already has the domain " + domain + ".");
		}

	}

}
