package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_FRESHNESS;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The items a stage would work on: those a selection matches, up to a fixed id, less the
 * fresh ones unless forced. The estimate counts them with the same conditions the run's
 * first step inserts them with, so the two agree.
 */
final class ItemSelection {

	private ItemSelection() {
	}

	static Condition matching(DSLContext dsl, long tenantId, EnrichmentStage stage, EnrichmentSelection selection,
			long upToId) {
		EnrichedEntity entity = stage.entity();
		return selection.condition(dsl, tenantId, entity).and(entity.id().le(upToId));
	}

	/** Enriched by the stage since {@code now} less its freshness window. */
	static Condition fresh(long tenantId, EnrichmentStage stage, Duration window, OffsetDateTime now) {
		EnrichedEntity entity = stage.entity();
		return DSL.exists(DSL.selectOne()
			.from(ENRICHMENT_FRESHNESS)
			.where(ENRICHMENT_FRESHNESS.TENANT_ID.eq(tenantId))
			.and(ENRICHMENT_FRESHNESS.STAGE.eq(stage.name()))
			.and(ENRICHMENT_FRESHNESS.ITEM_ID.eq(entity.id()))
			.and(ENRICHMENT_FRESHNESS.ENRICHED_AT.gt(now.minus(stage.freshFor(window)))));
	}

	/** The newest id of the entity: items created later are not part of a run. */
	static long upToId(DSLContext dsl, long tenantId, EnrichedEntity entity) {
		Long max = dsl.select(DSL.max(entity.id()))
			.from(entity.table())
			.where(entity.tenantId().eq(tenantId))
			.fetchOne(0, Long.class);
		return (max != null) ? max : 0;
	}

}
