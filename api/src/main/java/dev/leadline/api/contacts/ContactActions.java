package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.api.audit.AuditLog;
import dev.leadline.api.auth.CurrentUser;
import dev.leadline.api.system.problems.ApiException;
import dev.leadline.api.system.problems.InvalidFieldException;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.CompanyRecord;
import dev.leadline.db.jooq.tables.records.ContactRecord;
import dev.leadline.jobs.contactdata.ContactValues;
import dev.leadline.jobs.contacts.ContactBulkDeleteJob;
import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Edits and deletes contacts, each change audited with what changed. */
@Component
class ContactActions {

	private final DSLContext dsl;

	private final AuditLog audit;

	private final JobRuns jobRuns;

	private final JsonMapper json;

	ContactActions(DSLContext dsl, AuditLog audit, JobRuns jobRuns, JsonMapper json) {
		this.dsl = dsl;
		this.audit = audit;
		this.jobRuns = jobRuns;
		this.json = json;
	}

	/**
	 * @throws NotFoundException when the contact is not the tenant's
	 * @throws InvalidFieldException when a value cannot be stored, or the company is not
	 * the tenant's
	 * @throws EmailInUseException when another contact of the tenant has the e-mail
	 */
	@Transactional
	void patch(CurrentUser user, long id, ContactPatchRequest patch) {
		ContactRecord contact = dsl.selectFrom(CONTACT)
			.where(CONTACT.TENANT_ID.eq(user.tenantId()), CONTACT.ID.eq(id))
			.forUpdate()
			.fetchOne();
		if (contact == null) {
			throw new NotFoundException("contact", id);
		}
		try {
			String country = patch.country() == null ? contact.getCountry()
					: ContactValues.country(patch.country().orElse(null));
			set(contact, CONTACT.EMAIL, patch.email(), ContactValues::email);
			set(contact, CONTACT.FIRST_NAME, patch.firstName(), v -> ContactValues.text("firstName", v));
			set(contact, CONTACT.LAST_NAME, patch.lastName(), v -> ContactValues.text("lastName", v));
			set(contact, CONTACT.TITLE, patch.title(), v -> ContactValues.text("title", v));
			set(contact, CONTACT.CITY, patch.city(), v -> ContactValues.text("city", v));
			set(contact, CONTACT.PHONE, patch.phone(), v -> ContactValues.phone(v, country));
			set(contact, CONTACT.LINKEDIN_URL, patch.linkedinUrl(), ContactValues::linkedinUrl);
			if (patch.country() != null) {
				contact.setCountry(country);
			}
		}
		catch (ContactValues.InvalidValueException e) {
			throw new InvalidFieldException(e.field(), e.reason());
		}
		if (patch.companyId() != null) {
			Long companyId = patch.companyId().orElse(null);
			if (companyId == null) {
				contact.setCompanyId(null);
				contact.setCompanyName(null);
			}
			else if (!companyId.equals(contact.getCompanyId())) {
				CompanyRecord company = dsl.selectFrom(COMPANY)
					.where(COMPANY.TENANT_ID.eq(user.tenantId()), COMPANY.ID.eq(companyId))
					.fetchOne();
				if (company == null) {
					throw new InvalidFieldException("companyId", "is not a company of this tenant");
				}
				contact.setCompanyId(companyId);
				contact.setCompanyName(company.getName());
			}
		}
		Map<String, Object> changed = new LinkedHashMap<>();
		for (org.jooq.Field<?> field : contact.fields()) {
			if (contact.changed(field)) {
				changed.put(field.getName(), contact.get(field));
			}
		}
		if (changed.isEmpty()) {
			return;
		}
		try {
			contact.store();
		}
		catch (DuplicateKeyException e) {
			throw new EmailInUseException(contact.getEmail());
		}
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "contact.updated", AuditLog.Target.of("contact", id),
				Map.of("fields", List.copyOf(changed.keySet())));
	}

	/**
	 * @throws NotFoundException when the contact is not the tenant's
	 */
	@Transactional
	void delete(CurrentUser user, long id) {
		ContactRecord deleted = dsl.deleteFrom(CONTACT)
			.where(CONTACT.TENANT_ID.eq(user.tenantId()), CONTACT.ID.eq(id))
			.returning(CONTACT.ID, CONTACT.EMAIL)
			.fetchOne();
		if (deleted == null) {
			throw new NotFoundException("contact", id);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("email", deleted.getEmail());
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "contact.deleted", AuditLog.Target.of("contact", id),
				details);
	}

	/**
	 * Deletes the tenant's contacts among the ids at once, each audited as a single
	 * delete.
	 * @return how many were deleted
	 */
	@Transactional
	int deleteSelected(CurrentUser user, List<Long> ids) {
		var deleted = dsl.deleteFrom(CONTACT)
			.where(CONTACT.TENANT_ID.eq(user.tenantId()), CONTACT.ID.in(ids))
			.returning(CONTACT.ID, CONTACT.EMAIL)
			.fetch();
		for (ContactRecord contact : deleted) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("email", contact.getEmail());
			details.put("selection", deleted.size());
			audit.record(user.tenantId(), AuditLog.Actor.of(user), "contact.deleted",
					AuditLog.Target.of("contact", contact.getId()), details);
		}
		return deleted.size();
	}

	/**
	 * Queues a bulk delete of the contacts matching the filter now: contacts created
	 * after this moment are never deleted by it (the run deletes ids up to the highest
	 * one matching now).
	 */
	@Transactional
	RunTicket bulkDelete(CurrentUser user, ContactFilter filter, String idempotencyKey) {
		Long upTo = dsl.select(org.jooq.impl.DSL.max(CONTACT.ID))
			.from(CONTACT)
			.where(CONTACT.TENANT_ID.eq(user.tenantId()))
			.fetchOne(0, Long.class);
		// For the run's progress; contacts deleted meanwhile by others make it end below
		// 100 %.
		long expected = dsl.fetchCount(CONTACT, ContactConditions.of(dsl, user.tenantId(), filter));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(ContactBulkDeleteJob.FILTER, json.writeValueAsString(filter));
		parameters.put(ContactBulkDeleteJob.UP_TO_ID, Long.toString(upTo == null ? 0 : upTo));
		RunTicket ticket = jobRuns.trigger(user.tenantId(), ContactBulkDeleteJob.NAME, parameters,
				RunTrigger.api(user.userId()), idempotencyKey, expected);
		audit.record(user.tenantId(), AuditLog.Actor.of(user), "contact.bulk_delete_requested",
				AuditLog.Target.of("job_run", ticket.runId()),
				Map.of("filter", filter, "upToId", upTo == null ? 0 : upTo));
		return ticket;
	}

	private static void set(ContactRecord contact, org.jooq.TableField<ContactRecord, String> field,
			Optional<String> value, java.util.function.Function<String, String> normalise) {
		if (value == null) {
			return;
		}
		String normalised = normalise.apply(value.orElse(null));
		if (!Objects.equals(normalised, contact.get(field))) {
			contact.set(field, normalised);
		}
	}

	/** Another contact of the tenant has this e-mail address. */
	static class EmailInUseException extends ApiException {

		EmailInUseException(String email) {
			super(HttpStatus.CONFLICT, "email-in-use", "E-mail already in use",
					"Another contact already has the e-mail " + email + ".");
		}

	}

}
