package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_RUN;

import dev.leadline.db.jooq.tables.records.EnrichmentRunRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.platform.RunContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enriches a chunk in two phases: the stage works with no transaction or lock held
 * (outside calls may take seconds), then a short transaction records the results. The
 * step runs with a resourceless transaction manager for that reason; the pending state of
 * the items, not the reader's position, says what is left. Items the run cannot afford
 * any more stay pending and the run stops, resumable.
 * <p>
 * A chunk goes in parts: while one part's results are recorded (database work, on a
 * recorder thread), the stage works on the next (application work), so the two overlap
 * instead of taking turns. Every part is recorded before {@code write} returns, in its
 * own transaction; a part that fails to record fails the chunk, and its items, like every
 * item after it, stay pending for the restart.
 */
class EnrichmentChunkWriter implements ItemWriter<Long> {

	/** The smallest part worth recording on its own. */
	static final int SMALLEST_PART = 250;

	/** A chunk is recorded in at most this many parts. */
	static final int MOST_PARTS = 4;

	private final DSLContext dsl;

	private final TransactionTemplate transactions;

	private final ResultRecorder recorder;

	private final EnrichmentStage stage;

	private final RunContext run;

	private final Executor recorders;

	EnrichmentChunkWriter(DSLContext dsl, TransactionTemplate transactions, ResultRecorder recorder,
			EnrichmentStage stage, RunContext run, Executor recorders) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.recorder = recorder;
		this.stage = stage;
		this.run = run;
		this.recorders = recorders;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		long tenantId = this.run.tenantId();
		long runId = this.run.runId();
		List<Long> ids = new ArrayList<>(chunk.getItems());
		int affordable = affordable(tenantId, runId, ids.size());
		List<Long> now = ids.subList(0, affordable);
		if (!now.isEmpty()) {
			enrichAndRecord(tenantId, runId, now);
		}
		if (affordable < ids.size()) {
			this.run.stopOutOfCredits("The credits the run holds are spent with " + (ids.size() - affordable)
					+ " or more items left; top up or raise its budget, then restart it to go on.");
		}
	}

	private void enrichAndRecord(long tenantId, long runId, List<Long> ids) {
		TenantScope scope = TenantContext.current().orElse(null);
		CompletableFuture<Void> recording = CompletableFuture.completedFuture(null);
		try {
			for (List<Long> part : parts(ids)) {
				List<ItemResult> results = enrich(tenantId, part);
				recording.join();
				recording = CompletableFuture.runAsync(() -> {
					Runnable record = () -> this.transactions
						.executeWithoutResult((status) -> this.recorder.record(tenantId, runId, this.stage, results));
					if (scope != null) {
						TenantContext.run(scope, record);
					}
					else {
						record.run();
					}
				}, this.recorders);
			}
			recording.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		finally {
			// Never leave a part recording behind a failed stage call.
			recording.exceptionally((ex) -> null).join();
		}
	}

	/**
	 * The chunk in up to {@link #MOST_PARTS} parts of at least {@link #SMALLEST_PART}.
	 */
	static List<List<Long>> parts(List<Long> ids) {
		int count = Math.max(1, Math.min(MOST_PARTS, ids.size() / SMALLEST_PART));
		int size = (ids.size() + count - 1) / count;
		List<List<Long>> parts = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += size) {
			parts.add(ids.subList(from, Math.min(ids.size(), from + size)));
		}
		return parts;
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
