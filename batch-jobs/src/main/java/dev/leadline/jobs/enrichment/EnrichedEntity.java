package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;

/** What a stage enriches: contacts or companies, with the columns the pipeline needs. */
public enum EnrichedEntity {

	CONTACT_ENTITY("contact", CONTACT, CONTACT.TENANT_ID, CONTACT.ID, CONTACT.ENRICHMENT),

	COMPANY_ENTITY("company", COMPANY, COMPANY.TENANT_ID, COMPANY.ID, COMPANY.ENRICHMENT);

	private final String label;

	private final Table<?> table;

	private final Field<Long> tenantId;

	private final Field<Long> id;

	private final Field<JSONB> enrichment;

	EnrichedEntity(String label, Table<?> table, Field<Long> tenantId, Field<Long> id, Field<JSONB> enrichment) {
		this.label = label;
		this.table = table;
		this.tenantId = tenantId;
		this.id = id;
		this.enrichment = enrichment;
	}

	/** {@code contact} or {@code company}, as the API and the database say it. */
	public String label() {
		return this.label;
	}

	Table<?> table() {
		return this.table;
	}

	Field<Long> tenantId() {
		return this.tenantId;
	}

	Field<Long> id() {
		return this.id;
	}

	Field<JSONB> enrichment() {
		return this.enrichment;
	}

}
