package dev.leadline.jobs.enrichment;

import static dev.leadline.db.jooq.Tables.ENRICHMENT_ITEM;

import dev.leadline.db.jooq.enums.EnrichmentItemState;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.DSLContext;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The run's pending item ids, in order, a page at a time. It keeps no position: an item
 * stays pending until the chunk that records its result commits, so a restarted run reads
 * exactly the items no committed chunk has done (Spring Batch's process-indicator
 * pattern).
 */
class PendingItems implements ItemReader<Long> {

	private final DSLContext dsl;

	private final long tenantId;

	private final long runId;

	private final int pageSize;

	private final Deque<Long> page = new ArrayDeque<>();

	private long lastId = -1;

	private boolean exhausted;

	PendingItems(DSLContext dsl, long tenantId, long runId, int pageSize) {
		this.dsl = dsl;
		this.tenantId = tenantId;
		this.runId = runId;
		this.pageSize = pageSize;
	}

	@Override
	public Long read() {
		if (this.page.isEmpty() && !this.exhausted) {
			this.dsl.select(ENRICHMENT_ITEM.ITEM_ID)
				.from(ENRICHMENT_ITEM)
				.where(ENRICHMENT_ITEM.TENANT_ID.eq(this.tenantId), ENRICHMENT_ITEM.RUN_ID.eq(this.runId),
						ENRICHMENT_ITEM.STATE.eq(EnrichmentItemState.pending), ENRICHMENT_ITEM.ITEM_ID.gt(this.lastId))
				.orderBy(ENRICHMENT_ITEM.ITEM_ID)
				.limit(this.pageSize)
				.fetch(ENRICHMENT_ITEM.ITEM_ID)
				.forEach(this.page::add);
			this.exhausted = this.page.size() < this.pageSize;
		}
		Long next = this.page.poll();
		if (next != null) {
			this.lastId = next;
		}
		return next;
	}

}
