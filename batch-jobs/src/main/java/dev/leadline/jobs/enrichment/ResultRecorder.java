package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.jobs.credits.CreditLedger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a chunk's results in one transaction (the caller's), one statement per kind of
 * row: each item's outcome, only for items still pending, then the found fields with
 * their source and time ({@link EnrichedFieldsWriter}), the charges for exactly those
 * items, the run's counts and the items' freshness. A chunk recorded twice (a retry after
 * a crash) changes nothing the second time.
 */
final class ResultRecorder {

	private final DSLContext dsl;

	private final CreditLedger credits;

	private final JsonMapper json;

	private final EnrichedFieldsWriter fields;

	ResultRecorder(DSLContext dsl, CreditLedger credits, JsonMapper json) {
		this.dsl = dsl;
		this.credits = credits;
		this.json = json;
		this.fields = new EnrichedFieldsWriter(dsl, json);
	}

	/** Outcome counts of what was recorded now. */
	record Recorded(long found, long notFound, long failed, long charged) {
	}

	Recorded record(long tenantId, long runId, EnrichmentStage stage, List<ItemResult> results) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Map<Long, ItemResult> byId = new LinkedHashMap<>();
		results.forEach((result) -> byId.put(result.itemId(), result));
		List<Long> recorded = markItems(tenantId, runId, stage, byId, now);
		List<Long> found = new ArrayList<>();
		long notFound = 0;
		long failed = 0;
		for (Long id : recorded) {
			switch (byId.get(id).outcome()) {
				case FOUND -> found.add(id);
				case NOT_FOUND -> notFound++;
				case FAILED -> failed++;
			}
		}
		this.fields.write(tenantId, stage, found.stream().map(byId::get).toList(), now);
		long charged = this.credits.charge(tenantId, runId, stage.name(), found, stage.costPerItem());
		this.dsl.update(ENRICHMENT_RUN)
			.set(ENRICHMENT_RUN.FOUND, ENRICHMENT_RUN.FOUND.plus(found.size()))
			.set(ENRICHMENT_RUN.NOT_FOUND, ENRICHMENT_RUN.NOT_FOUND.plus(notFound))
			.set(ENRICHMENT_RUN.FAILED, ENRICHMENT_RUN.FAILED.plus(failed))
			.set(ENRICHMENT_RUN.CHARGED, ENRICHMENT_RUN.CHARGED.plus(charged))
			.where(ENRICHMENT_RUN.TENANT_ID.eq(tenantId), ENRICHMENT_RUN.RUN_ID.eq(runId))
			.execute();
		List<Long> fresh = recorded.stream()
			.filter((id) -> byId.get(id).outcome() != ItemResult.Outcome.FAILED)
			.toList();
		markFresh(tenantId, stage, fresh, now);
		return new Recorded(found.size(), notFound, failed, charged);
	}

	/**
	 * @return the items recorded now: those that were still pending
	 */
	private List<Long> markItems(long tenantId, long runId, EnrichmentStage stage, Map<Long, ItemResult> byId,
			OffsetDateTime now) {
		int size = byId.size();
		Long[] ids = new Long[size];
		String[] states = new String[size];
		String[] reasons = new String[size];
		String[] fields = new String[size];
		Integer[] costs = new Integer[size];
		int i = 0;
		for (ItemResult result : byId.values()) {
			ids[i] = result.itemId();
			states[i] = result.outcome().name().toLowerCase(java.util.Locale.ROOT);
			reasons[i] = result.reason();
			fields[i] = result.fields().isEmpty() ? null : this.json.writeValueAsString(values(result));
			costs[i] = (result.outcome() == ItemResult.Outcome.FOUND) ? stage.costPerItem() : 0;
			i++;
		}
		return this.dsl
			.resultQuery("""
					UPDATE enrichment_item i
					SET state = v.state::enrichment_item_state, reason = v.reason, fields = v.fields::jsonb,
					    credits = v.credits, finished_at = {0}
					FROM unnest({1}::bigint[], {2}::text[], {3}::text[], {4}::text[], {5}::int[])
					     AS v(item_id, state, reason, fields, credits)
					WHERE i.tenant_id = {6} AND i.run_id = {7} AND i.item_id = v.item_id AND i.state = 'pending'
					RETURNING i.item_id""", DSL.val(now), DSL.val(ids), DSL.val(states), DSL.val(reasons),
					DSL.val(fields), DSL.val(costs), DSL.val(tenantId), DSL.val(runId))
			.fetch(0, Long.class);
	}

	private void markFresh(long tenantId, EnrichmentStage stage, List<Long> ids, OffsetDateTime now) {
		if (ids.isEmpty()) {
			return;
		}
		this.dsl.execute("""
				INSERT INTO enrichment_freshness (tenant_id, stage, item_id, enriched_at)
				SELECT {0}, {1}, id, {2} FROM unnest({3}::bigint[]) AS u(id)
				ON CONFLICT (tenant_id, stage, item_id) DO UPDATE SET enriched_at = excluded.enriched_at""",
				DSL.val(tenantId), DSL.val(stage.name()), DSL.val(now), DSL.val(ids.toArray(Long[]::new)));
	}

	private static Map<String, Object> values(ItemResult result) {
		Map<String, Object> values = new LinkedHashMap<>();
		result.fields().forEach((name, value) -> values.put(name, value.value()));
		return values;
	}

}
