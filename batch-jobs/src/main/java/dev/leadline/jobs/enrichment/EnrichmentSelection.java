package dev.leadline.jobs.enrichment;

import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which items a run covers: the listed ids, the contacts matching a browse filter (the
 * same filter as {@code GET /api/v1/contacts}), or all of them. Exactly one of the three.
 *
 * @param ids at most {@link #MAX_IDS} ids of the stage's entity
 * @param filter a contacts browse filter, for contact stages
 * @param all every item of the stage's entity
 */
public record EnrichmentSelection(List<Long> ids, ContactFilter filter, boolean all) {

	public static final int MAX_IDS = 10_000;

	public EnrichmentSelection {
		ids = (ids == null) ? null : List.copyOf(ids);
	}

	public static EnrichmentSelection ofIds(List<Long> ids) {
		return new EnrichmentSelection(ids, null, false);
	}

	public static EnrichmentSelection ofContacts(ContactFilter filter) {
		return new EnrichmentSelection(null, filter, false);
	}

	public static EnrichmentSelection everything() {
		return new EnrichmentSelection(null, null, true);
	}

	/**
	 * @throws InvalidEnrichmentRequestException when it names none or several, too many
	 * ids, or a filter the entity has none of
	 */
	void check(EnrichedEntity entity) {
		int given = ((this.ids != null) ? 1 : 0) + ((this.filter != null) ? 1 : 0) + (this.all ? 1 : 0);
		if (given != 1) {
			throw new InvalidEnrichmentRequestException("selection",
					"Give exactly one of 'ids', 'filter' or 'all': true for the items to enrich.");
		}
		if (this.ids != null && (this.ids.isEmpty() || this.ids.size() > MAX_IDS)) {
			throw new InvalidEnrichmentRequestException("selection.ids",
					"Give between 1 and " + MAX_IDS + " ids, or a filter for more.");
		}
		if (this.filter != null && entity != EnrichedEntity.CONTACT_ENTITY) {
			throw new InvalidEnrichmentRequestException("selection.filter",
					"This stage enriches " + entity.label() + " records; select them by ids or all.");
		}
	}

	Condition condition(DSLContext dsl, long tenantId, EnrichedEntity entity) {
		if (this.ids != null) {
			return entity.tenantId().eq(tenantId).and(entity.id().in(this.ids));
		}
		if (this.filter != null) {
			return ContactConditions.of(dsl, tenantId, this.filter);
		}
		return entity.tenantId().eq(tenantId).and(DSL.noCondition());
	}

}
