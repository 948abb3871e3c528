package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_ITEM;
import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's first step: records the items it covers as pending, once. A repeated step (a
 * restart) finds them recorded and does nothing, so the set never changes mid-run.
 */
final class RunItems {

	/**
	 * From this many items the step refreshes the statistics of {@code enrichment_item}:
	 * a chunk's update finds its items by key only when the planner knows they are there
	 * (V16).
	 */
	static final int ANALYZE_FROM = 10_000;

	private RunItems() {
	}

	/**
	 * @return the number of items the run covers
	 */
	static long select(DSLContext dsl, JsonMapper json, EnrichmentRunRecord run, EnrichmentStage stage,
			EnrichmentSettings settings) {
		EnrichmentRunRecord locked = dsl.selectFrom(ENRICHMENT_RUN)
			.where(ENRICHMENT_RUN.TENANT_ID.eq(run.getTenantId()), ENRICHMENT_RUN.RUN_ID.eq(run.getRunId()))
			.forUpdate()
			.fetchSingle();
		if (locked.getSelectedAt() != null) {
			return locked.getItemsSelected() - locked.getSkippedFresh();
		}
		long tenantId = locked.getTenantId();
		EnrichmentSelection selection = json.readValue(locked.getSelection().data(), EnrichmentSelection.class);
		EnrichedEntity entity = stage.entity();
		OffsetDateTime now = OffsetDateTime.now();
		long matching = dsl.fetchCount(entity.table(),
				ItemSelection.matching(dsl, tenantId, stage, selection, locked.getUpToId()));
		int inserted = dsl
			.insertInto(ENRICHMENT_ITEM, ENRICHMENT_ITEM.TENANT_ID, ENRICHMENT_ITEM.RUN_ID, ENRICHMENT_ITEM.ITEM_ID)
			.select(DSL.select(DSL.val(tenantId), DSL.val(locked.getRunId()), entity.id())
				.from(entity.table())
				.where(ItemSelection.matching(dsl, tenantId, stage, selection, locked.getUpToId()))
				.and(locked.getForced() ? DSL.noCondition()
						: DSL
							.not(ItemSelection.fresh(tenantId, stage, Duration.ofDays(settings.freshnessDays()), now))))
			.execute();
		if (inserted >= ANALYZE_FROM) {
			dsl.execute("ANALYZE enrichment_item");
		}
		locked.setItemsSelected(matching);
		locked.setSkippedFresh(matching - inserted);
		locked.setSelectedAt(now);
		locked.store();
		return inserted;
	}

}
