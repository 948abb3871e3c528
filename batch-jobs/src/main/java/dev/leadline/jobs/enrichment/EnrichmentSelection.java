package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.selection.CompanyConditions;
import dev.leadline.jobs.selection.CompanyFilter;
import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which items a run covers: the listed ids, the contacts or companies matching a browse
 * filter (the same filters as {@code GET /api/v1/contacts} and
 * {@code GET /api/v1/companies}), or all of them. Exactly one of these.
 *
 * @param ids at most {@link #MAX_IDS} ids of the stage's entity
 * @param filter a contacts browse filter, for contact stages
 * @param all every item of the stage's entity
 * @param companyFilter a companies browse filter, for company stages
 */
public record EnrichmentSelection(List<Long> ids, ContactFilter filter, boolean all, CompanyFilter companyFilter) {

	public static final int MAX_IDS = 10_000;

	public EnrichmentSelection {
		ids = (ids == null) ? null : List.copyOf(ids);
	}

	public static EnrichmentSelection ofIds(List<Long> ids) {
		return new EnrichmentSelection(ids, null, false, null);
	}

	public static EnrichmentSelection ofContacts(ContactFilter filter) {
		return new EnrichmentSelection(null, filter, false, null);
	}

	public static EnrichmentSelection ofCompanies(CompanyFilter filter) {
		return new EnrichmentSelection(null, null, false, filter);
	}

	public static EnrichmentSelection everything() {
		return new EnrichmentSelection(null, null, true, null);
	}

	/**
	 * @throws InvalidEnrichmentRequestException when it names none or several, too many
	 * ids, or a filter the entity has none of
	 */
	void check(EnrichedEntity entity) {
		int given = ((this.ids != null) ? 1 : 0) + ((this.filter != null) ? 1 : 0) + (this.all ? 1 : 0)
				+ ((this.companyFilter != null) ? 1 : 0);
		if (given != 1) {
			throw new InvalidEnrichmentRequestException("selection",
					"Give exactly one of 'ids', 'filter', 'companyFilter' or 'all': true for the items to enrich.");
		}
		if (this.ids != null && (this.ids.isEmpty() || this.ids.size() > MAX_IDS)) {
			throw new InvalidEnrichmentRequestException("selection.ids",
					"Give between 1 and " + MAX_IDS + " ids, or a filter for more.");
		}
		if (this.filter != null && entity != EnrichedEntity.CONTACT_ENTITY) {
			throw new InvalidEnrichmentRequestException("selection.filter",
					"This stage enriches " + entity.label() + " records; select them by ids, 'companyFilter' or all.");
		}
		if (this.companyFilter != null && entity != EnrichedEntity.COMPANY_ENTITY) {
			throw new InvalidEnrichmentRequestException("selection.companyFilter",
					"This stage enriches " + entity.label() + " records; select them by ids, 'filter' or all.");
		}
	}

	Condition condition(DSLContext dsl, long tenantId, EnrichedEntity entity) {
		if (this.ids != null) {
			return entity.tenantId().eq(tenantId).and(entity.id().in(this.ids));
		}
		if (this.filter != null) {
			return ContactConditions.of(dsl, tenantId, this.filter);
		}
		if (this.companyFilter != null) {
			return CompanyConditions.of(tenantId, this.companyFilter);
		}
		return entity.tenantId().eq(tenantId).and(DSL.noCondition());
	}

}
