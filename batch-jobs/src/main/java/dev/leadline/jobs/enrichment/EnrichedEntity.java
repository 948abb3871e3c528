package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;

/**
 * What a stage enriches: contacts or companies, with the columns the pipeline needs.
 * Contacts keep their enriched values in a table of their own, {@code contact_enrichment}
 * (one row per enriched contact), so enriching never rewrites the heavily indexed contact
 * row; companies keep them in their own row.
 */
public enum EnrichedEntity {

	CONTACT_ENTITY("contact", CONTACT, CONTACT.TENANT_ID, CONTACT.ID, CONTACT_ENRICHMENT, CONTACT_ENRICHMENT.TENANT_ID,
			CONTACT_ENRICHMENT.CONTACT_ID, CONTACT_ENRICHMENT.FIELDS),

	COMPANY_ENTITY("company", COMPANY, COMPANY.TENANT_ID, COMPANY.ID, COMPANY, COMPANY.TENANT_ID, COMPANY.ID,
			COMPANY.ENRICHMENT);

	private final String label;

	private final Table<?> table;

	private final Field<Long> tenantId;

	private final Field<Long> id;

	private final Table<?> enrichmentTable;

	private final Field<Long> enrichmentTenantId;

	private final Field<Long> enrichmentId;

	private final Field<JSONB> enrichment;

	EnrichedEntity(String label, Table<?> table, Field<Long> tenantId, Field<Long> id, Table<?> enrichmentTable,
			Field<Long> enrichmentTenantId, Field<Long> enrichmentId, Field<JSONB> enrichment) {
		this.label = label;
		this.table = table;
		this.tenantId = tenantId;
		this.id = id;
		this.enrichmentTable = enrichmentTable;
		this.enrichmentTenantId = enrichmentTenantId;
		this.enrichmentId = enrichmentId;
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

	/**
	 * Where the enriched values are written: the entity's own table, or a table of its
	 * own keyed by tenant and entity id.
	 */
	Table<?> enrichmentTable() {
		return this.enrichmentTable;
	}

	/** Whether the enriched values are written into the entity's own row. */
	boolean enrichedInRow() {
		return this.enrichmentTable.equals(this.table);
	}

	Field<Long> enrichmentTenantId() {
		return this.enrichmentTenantId;
	}

	/** The entity's id in {@link #enrichmentTable()}. */
	Field<Long> enrichmentId() {
		return this.enrichmentId;
	}

	/**
	 * The enriched fields with source and time: {@code {"field": {"value": ..., "source":
	 * ..., "fetchedAt": ...}}}.
	 */
	Field<JSONB> enrichment() {
		return this.enrichment;
	}

}
