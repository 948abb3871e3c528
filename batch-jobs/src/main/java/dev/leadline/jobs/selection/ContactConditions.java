package dev.leadline.jobs.selection;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import dev.leadline.jobs.contactdata.EmailStatus;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A {@link ContactFilter} as SQL, always starting with the tenant: row level security
 * would hide other tenants' rows anyway, but only an explicit {@code tenant_id = ?} lets
 * the planner walk the tenant's own index range (the policy's condition allows the system
 * scope too, so it cannot serve as an index condition).
 */
public final class ContactConditions {

	private ContactConditions() {
	}

	public static Condition of(DSLContext dsl, long tenantId, ContactFilter filter) {
		return withoutSearch(tenantId, filter).and(ContactSearch.condition(dsl, filter.q()));
	}

	/** Everything of the filter but the search term. */
	public static Condition withoutSearch(long tenantId, ContactFilter filter) {
		List<Condition> where = new ArrayList<>();
		where.add(CONTACT.TENANT_ID.eq(tenantId));
		if (filter.companyId() != null) {
			where.add(CONTACT.COMPANY_ID.eq(filter.companyId()));
		}
		if (!filter.countries().isEmpty()) {
			where.add(CONTACT.COUNTRY.in(filter.countries()));
		}
		if (!filter.seniorities().isEmpty()) {
			where.add(enriched(tenantId, CONTACT_ENRICHMENT.SENIORITY.in(filter.seniorities())));
		}
		if (!filter.departments().isEmpty()) {
			where.add(enriched(tenantId, CONTACT_ENRICHMENT.DEPARTMENT.in(filter.departments())));
		}
		if (!filter.emailStatuses().isEmpty()) {
			where.add(emailStatus(tenantId, filter.emailStatuses()));
		}
		if (filter.createdFrom() != null) {
			where.add(CONTACT.CREATED_AT.ge(filter.createdFrom()));
		}
		if (filter.createdTo() != null) {
			where.add(CONTACT.CREATED_AT.lt(filter.createdTo()));
		}
		if (filter.updatedFrom() != null) {
			where.add(CONTACT.UPDATED_AT.ge(filter.updatedFrom()));
		}
		if (filter.updatedTo() != null) {
			where.add(CONTACT.UPDATED_AT.lt(filter.updatedTo()));
		}
		if (filter.importId() != null) {
			where.add(CONTACT.SOURCE_IMPORT_ID.eq(filter.importId()));
		}
		if (filter.hasEmail() != null) {
			where.add(filter.hasEmail() ? CONTACT.EMAIL.isNotNull() : CONTACT.EMAIL.isNull());
		}
		if (filter.hasPhone() != null) {
			where.add(filter.hasPhone() ? CONTACT.PHONE.isNotNull() : CONTACT.PHONE.isNull());
		}
		return DSL.and(where);
	}

	/** UNVERIFIED is a contact with an e-mail nobody has checked yet (no status). */
	private static Condition emailStatus(long tenantId, List<String> statuses) {
		List<String> checked = statuses.stream().filter(s -> !s.equals(EmailStatus.UNVERIFIED)).toList();
		Condition condition = checked.isEmpty() ? DSL.falseCondition()
				: enriched(tenantId, CONTACT_ENRICHMENT.EMAIL_STATUS.in(checked));
		return statuses.contains(EmailStatus.UNVERIFIED) ? condition.or(CONTACT.EMAIL.isNotNull()
			.and(DSL.notExists(enrichment(tenantId, CONTACT_ENRICHMENT.EMAIL_STATUS.isNotNull())))) : condition;
	}

	/**
	 * The contact's enrichment row (in {@code contact_enrichment}, where enrichment
	 * writes seniority, department and e-mail status) meets the condition: one
	 * primary-key probe per contact, so the pages keep walking the contact index of their
	 * order.
	 */
	private static Condition enriched(long tenantId, Condition condition) {
		return DSL.exists(enrichment(tenantId, condition));
	}

	private static org.jooq.Select<?> enrichment(long tenantId, Condition condition) {
		return DSL.selectOne()
			.from(CONTACT_ENRICHMENT)
			.where(CONTACT_ENRICHMENT.TENANT_ID.eq(tenantId), CONTACT_ENRICHMENT.CONTACT_ID.eq(CONTACT.ID))
			.and(condition);
	}

}
