package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.jobs.credits.CreditLedger;
import dev.leadline.jobs.outbound.ProviderCall;
import java.math.BigDecimal;
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
		recordCalls(tenantId, runId, stage, results);
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

	/**
	 * Every call made for the chunk, whatever became of its items (a chunk done again
	 * after a crash made its calls again), and their sums on the run.
	 */
	private void recordCalls(long tenantId, long runId, EnrichmentStage stage, List<ItemResult> results) {
		List<Long> items = new ArrayList<>();
		List<ProviderCall> calls = new ArrayList<>();
		results.forEach((result) -> result.calls().forEach((call) -> {
			items.add(result.itemId());
			calls.add(call);
		}));
		if (calls.isEmpty()) {
			return;
		}
		int size = calls.size();
		String[] providers = new String[size];
		Integer[] attempts = new Integer[size];
		Integer[] statuses = new Integer[size];
		String[] outcomes = new String[size];
		Integer[] latencies = new Integer[size];
		BigDecimal[] costs = new BigDecimal[size];
		Integer[] inputTokens = new Integer[size];
		Integer[] outputTokens = new Integer[size];
		OffsetDateTime[] calledAt = new OffsetDateTime[size];
		for (int i = 0; i < size; i++) {
			ProviderCall call = calls.get(i);
			providers[i] = call.provider();
			attempts[i] = call.attempt();
			statuses[i] = call.status();
			outcomes[i] = call.outcome();
			latencies[i] = (int) Math.min(Integer.MAX_VALUE, call.latencyMillis());
			costs[i] = call.cost();
			inputTokens[i] = call.inputTokens();
			outputTokens[i] = call.outputTokens();
			calledAt[i] = call.calledAt().atOffset(ZoneOffset.UTC);
		}
		this.dsl.execute("""
				WITH inserted AS (
				    INSERT INTO provider_call (tenant_id, run_id, stage, item_id, provider, attempt, status, outcome,
				                               latency_ms, cost, input_tokens, output_tokens, called_at)
				    SELECT {0}, {1}, {2}, u.* FROM unnest({3}::bigint[], {4}::text[], {5}::int[], {6}::int[],
				        {7}::text[], {8}::int[], {9}::numeric[], {10}::int[], {11}::int[], {12}::timestamptz[]) AS u
				    RETURNING latency_ms, cost, coalesce(input_tokens, 0) + coalesce(output_tokens, 0) AS tokens)
				UPDATE enrichment_run r SET provider_calls = r.provider_calls + s.calls,
				    provider_cost = r.provider_cost + s.cost, provider_latency_ms = r.provider_latency_ms + s.latency,
				    tokens = r.tokens + s.tokens
				FROM (SELECT count(*) AS calls, sum(cost) AS cost, sum(latency_ms) AS latency, sum(tokens) AS tokens
				      FROM inserted) s
				WHERE r.tenant_id = {0} AND r.run_id = {1}""", DSL.val(tenantId), DSL.val(runId), DSL.val(stage.name()),
				DSL.val(items.toArray(Long[]::new)), DSL.val(providers), DSL.val(attempts), DSL.val(statuses),
				DSL.val(outcomes), DSL.val(latencies), DSL.val(costs), DSL.val(inputTokens), DSL.val(outputTokens),
				DSL.val(calledAt));
	}

	private static Map<String, Object> values(ItemResult result) {
		Map<String, Object> values = new LinkedHashMap<>();
		result.fields().forEach((name, value) -> values.put(name, value.value()));
		return values;
	}

}
