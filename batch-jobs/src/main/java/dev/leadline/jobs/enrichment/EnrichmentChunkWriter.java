package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.jobs.platform.RunContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enriches a chunk in two phases: the stage works with no transaction or lock held
 * (outside calls may take seconds), then one short transaction records the results. The
 * step runs with a resourceless transaction manager for that reason; the pending state of
 * the items, not the reader's position, says what is left. Items the run cannot afford
 * any more stay pending and the run stops, resumable.
 */
class EnrichmentChunkWriter implements ItemWriter<Long> {

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final ResultRecorder recorder;

	private final EnrichmentStage stage;

	private final RunContext run;

	EnrichmentChunkWriter(DSLContext dsl, TransactionTemplate transactions, ResultRecorder recorder,
			EnrichmentStage stage, RunContext run) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.recorder = recorder;
		this.stage = stage;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		long tenantId = this.run.tenantId();
		long runId = this.run.runId();
		List<Long> ids = new ArrayList<>(chunk.getItems());
		int affordable = affordable(tenantId, runId, ids.size());
		List<Long> now = ids.subList(0, affordable);
		if (!now.isEmpty()) {
			List<ItemResult> results = enrich(tenantId, now);
			this.transactions
				.executeWithoutResult((status) -> this.recorder.record(tenantId, runId, this.stage, results));
		}
		if (affordable < ids.size()) {
			this.run.stopOutOfCredits("The credits the run holds are spent with " + (ids.size() - affordable)
					+ " or more items left; top up or raise its budget, then restart it to go on.");
		}
	}

	private int affordable(long tenantId, long runId, int items) {
		if (this.stage.costPerItem() == 0) {
			return items;
		}
		EnrichmentRunRecord state = this.dsl.selectFrom(ENRICHMENT_RUN)
			.where(ENRICHMENT_RUN.TENANT_ID.eq(tenantId), ENRICHMENT_RUN.RUN_ID.eq(runId))
			.fetchSingle();
		return (int) Math.min(items, CreditHold.unspent(state) / this.stage.costPerItem());
	}

	private List<ItemResult> enrich(long tenantId, List<Long> ids) {
		EnrichedEntity entity = this.stage.entity();
		List<? extends Record> rows = this.dsl.selectFrom(entity.table())
			.where(entity.tenantId().eq(tenantId), entity.id().in(ids))
			.fetch();
		List<ItemResult> results = new ArrayList<>();
		Set<Long> present = new HashSet<>();
		rows.forEach((row) -> present.add(row.get(entity.id())));
		ids.stream()
			.filter((id) -> !present.contains(id))
			.forEach((id) -> results.add(ItemResult.notFound(id, "The " + entity.label() + " no longer exists")));
		if (!rows.isEmpty()) {
			Set<Long> answered = new HashSet<>();
			this.stage.enrich(rows)
				.stream()
				.filter((result) -> present.contains(result.itemId()) && answered.add(result.itemId()))
				.forEach(results::add);
			present.stream()
				.filter((id) -> !answered.contains(id))
				.forEach((id) -> results.add(ItemResult.failed(id, "The stage gave no result for it")));
		}
		return results;
	}

}
