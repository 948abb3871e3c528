package dev.leadline.api.enrichment;

import static dev.leadline.db.jooq.Tables.APP_USER;
import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.ENRICHMENT_ITEM;
import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;
import static dev.leadline.db.jooq.Tables.JOB_RUN;
import static dev.leadline.db.jooq.Tables.PROVIDER_CALL;

import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.enums.EnrichmentItemState;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.SelectLimitStep;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads enrichment runs and their items, in the caller's tenant scope. */
@Component
class EnrichmentQueries {

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	EnrichmentQueries(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	List<EnrichmentRunView> runs(long tenantId, Long before, int limit) {
		return runsQuery(tenantId).and((before == null) ? DSL.noCondition() : ENRICHMENT_RUN.RUN_ID.lt(before))
			.orderBy(ENRICHMENT_RUN.RUN_ID.desc())
			.limit(limit)
			.fetch(this::view);
	}

	/**
	 * @throws NotFoundException when the tenant has no such run
	 */
	EnrichmentRunView run(long tenantId, long runId) {
		Record row = runsQuery(tenantId).and(ENRICHMENT_RUN.RUN_ID.eq(runId)).fetchOne();
		if (row == null) {
			throw new NotFoundException("enrichment run", runId);
		}
		return view(row);
	}

	/**
	 * The run's outside calls summed per provider, in provider order.
	 * @throws NotFoundException when the tenant has no such run
	 */
	List<ProviderUsageView> providers(long tenantId, long runId) {
		run(tenantId, runId);
		Field<String> outcome = PROVIDER_CALL.OUTCOME;
		return this.dsl
			.select(PROVIDER_CALL.PROVIDER, DSL.count(), DSL.count().filterWhere(outcome.eq("ok")),
					DSL.count().filterWhere(outcome.eq("rate-limited")),
					DSL.count().filterWhere(outcome.notIn("ok", "rate-limited")), DSL.sum(PROVIDER_CALL.COST),
					DSL.avg(PROVIDER_CALL.LATENCY_MS),
					DSL.percentileCont(0.95).withinGroupOrderBy(PROVIDER_CALL.LATENCY_MS),
					DSL.sum(PROVIDER_CALL.INPUT_TOKENS), DSL.sum(PROVIDER_CALL.OUTPUT_TOKENS))
			.from(PROVIDER_CALL)
			.where(PROVIDER_CALL.TENANT_ID.eq(tenantId), PROVIDER_CALL.RUN_ID.eq(runId))
			.groupBy(PROVIDER_CALL.PROVIDER)
			.orderBy(PROVIDER_CALL.PROVIDER)
			.fetch((row) -> new ProviderUsageView(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6(), Math.round(row.value7().doubleValue()), Math.round(row.value8().doubleValue()),
					(row.value9() != null) ? row.value9().longValue() : 0,
					(row.value10() != null) ? row.value10().longValue() : 0));
	}

	EnrichmentItemPage items(long tenantId, long runId, List<EnrichmentItemState> states, long after, int limit) {
		String entity = run(tenantId, runId).entity();
		List<EnrichmentItemView> items = itemsQuery(tenantId, runId, entity, states, after).limit(limit + 1)
			.fetch((row) -> item(row, entity));
		Long next = (items.size() > limit) ? items.get(limit - 1).itemId() : null;
		return new EnrichmentItemPage(items.subList(0, Math.min(limit, items.size())), next);
	}

	/** Every item of the run in order, streamed a page at a time. */
	void eachItem(long tenantId, long runId, List<EnrichmentItemState> states, Consumer<EnrichmentItemView> sink) {
		String entity = run(tenantId, runId).entity();
		long after = 0;
		while (true) {
			List<EnrichmentItemView> page = itemsQuery(tenantId, runId, entity, states, after).limit(5_000)
				.fetch((row) -> item(row, entity));
			page.forEach(sink);
			if (page.size() < 5_000) {
				return;
			}
			after = page.get(page.size() - 1).itemId();
		}
	}

	private SelectLimitStep<Record> itemsQuery(long tenantId, long runId, String entity,
			List<EnrichmentItemState> states, long after) {
		boolean company = "company".equals(entity);
		Field<String> label = company ? COMPANY.NAME : DSL.coalesce(DSL.nullif(DSL
			.trim(DSL.concat(DSL.coalesce(CONTACT.FIRST_NAME, ""), DSL.val(" "), DSL.coalesce(CONTACT.LAST_NAME, ""))),
				""), CONTACT.EMAIL);
		Condition where = ENRICHMENT_ITEM.TENANT_ID.eq(tenantId)
			.and(ENRICHMENT_ITEM.RUN_ID.eq(runId))
			.and(ENRICHMENT_ITEM.ITEM_ID.gt(after))
			.and((states == null || states.isEmpty()) ? DSL.noCondition() : ENRICHMENT_ITEM.STATE.in(states));
		SelectJoinStep<Record> select = this.dsl.select(ENRICHMENT_ITEM.asterisk())
			.select(label.as("label"))
			.from(ENRICHMENT_ITEM);
		SelectOnConditionStep<Record> joined = company
				? select.leftJoin(COMPANY)
					.on(COMPANY.TENANT_ID.eq(ENRICHMENT_ITEM.TENANT_ID), COMPANY.ID.eq(ENRICHMENT_ITEM.ITEM_ID))
				: select.leftJoin(CONTACT)
					.on(CONTACT.TENANT_ID.eq(ENRICHMENT_ITEM.TENANT_ID), CONTACT.ID.eq(ENRICHMENT_ITEM.ITEM_ID));
		return joined.where(where).orderBy(ENRICHMENT_ITEM.ITEM_ID);
	}

	private EnrichmentItemView item(Record row, String entity) {
		String fields = row.get(ENRICHMENT_ITEM.FIELDS) == null ? null : row.get(ENRICHMENT_ITEM.FIELDS).data();
		return new EnrichmentItemView(row.get(ENRICHMENT_ITEM.ITEM_ID), row.get("label", String.class),
				row.get(ENRICHMENT_ITEM.STATE).getLiteral(), row.get(ENRICHMENT_ITEM.REASON),
				(fields == null) ? Map.of() : this.json.readValue(fields, FIELDS), row.get(ENRICHMENT_ITEM.CREDITS),
				row.get(ENRICHMENT_ITEM.FINISHED_AT));
	}

	private SelectConditionStep<Record> runsQuery(long tenantId) {
		// Every recorded item moves from pending to one of the counters in the same
		// transaction, so no count of the items is needed (it read the whole run's
		// pending
		// index on every poll: 150 ms at 100,000 items).
		Field<Integer> pending = DSL
			.coalesce(ENRICHMENT_RUN.ITEMS_SELECTED.minus(ENRICHMENT_RUN.SKIPPED_FRESH)
				.minus(ENRICHMENT_RUN.FOUND)
				.minus(ENRICHMENT_RUN.NOT_FOUND)
				.minus(ENRICHMENT_RUN.FAILED), DSL.inline(0L))
			.cast(Integer.class);
		return this.dsl.select(ENRICHMENT_RUN.asterisk())
			.select(JOB_RUN.STATUS, JOB_RUN.TRIGGER_TYPE, JOB_RUN.ENDED_AT, JOB_RUN.STOP_CAUSE, APP_USER.DISPLAY_NAME,
					pending.as("pending"))
			.from(ENRICHMENT_RUN)
			.join(JOB_RUN)
			.on(JOB_RUN.ID.eq(ENRICHMENT_RUN.RUN_ID))
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(ENRICHMENT_RUN.CREATED_BY))
			.where(ENRICHMENT_RUN.TENANT_ID.eq(tenantId));
	}

	private EnrichmentRunView view(Record row) {
		return new EnrichmentRunView(row.get(ENRICHMENT_RUN.RUN_ID), row.get(ENRICHMENT_RUN.STAGE),
				row.get(ENRICHMENT_RUN.ENTITY), row.get(JOB_RUN.STATUS), row.get(JOB_RUN.TRIGGER_TYPE),
				row.get(APP_USER.DISPLAY_NAME), row.get(ENRICHMENT_RUN.CREATED_AT), row.get(JOB_RUN.ENDED_AT),
				row.get(ENRICHMENT_RUN.FORCED), row.get(ENRICHMENT_RUN.BUDGET), row.get(ENRICHMENT_RUN.ITEMS_SELECTED),
				row.get(ENRICHMENT_RUN.SKIPPED_FRESH), row.get("pending", Integer.class), row.get(ENRICHMENT_RUN.FOUND),
				row.get(ENRICHMENT_RUN.NOT_FOUND), row.get(ENRICHMENT_RUN.FAILED),
				row.get(ENRICHMENT_RUN.COST_PER_ITEM), row.get(ENRICHMENT_RUN.HELD), row.get(ENRICHMENT_RUN.CHARGED),
				row.get(ENRICHMENT_RUN.RELEASED), row.get(JOB_RUN.STOP_CAUSE), row.get(ENRICHMENT_RUN.PROVIDER_CALLS),
				row.get(ENRICHMENT_RUN.PROVIDER_COST), row.get(ENRICHMENT_RUN.TOKENS));
	}

}
