package dev.leadline.jobs.contacts;

import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import static dev.leadline.db.jooq.Tables.CONTACT;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The ids of the contacts matching a filter, in ascending order, up to a fixed id, read a
 * page at a time. Its position is the last id handed out, saved with each chunk: a
 * restart goes on after the last committed chunk, and since deleted rows no longer match,
 * a repeated page could not delete anything twice anyway.
 */
class MatchingContactIds implements ItemStreamReader<Long> {

	private static final String LAST_ID = "matchingContactIds.lastId";

	private final DSLContext dsl;

	private final long tenantId;

	private final ContactFilter filter;

	private final long upToId;

	private final int pageSize;

	private final Deque<Long> page = new ArrayDeque<>();

	private long lastId;

	private boolean exhausted;

	MatchingContactIds(DSLContext dsl, long tenantId, ContactFilter filter, long upToId, int pageSize) {
		this.dsl = dsl;
		this.tenantId = tenantId;
		this.filter = filter;
		this.upToId = upToId;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext context) {
		lastId = context.getLong(LAST_ID, 0L);
		page.clear();
		exhausted = false;
	}

	@Override
	public Long read() {
		if (page.isEmpty() && !exhausted) {
			Condition where = ContactConditions.of(dsl, tenantId, filter);
			long after = lastId;
			dsl.select(CONTACT.ID)
				.from(CONTACT)
				.where(where)
				.and(CONTACT.ID.gt(after))
				.and(CONTACT.ID.le(upToId))
				.orderBy(CONTACT.ID)
				.limit(pageSize)
				.fetch(CONTACT.ID)
				.forEach(page::add);
			exhausted = page.size() < pageSize;
		}
		Long next = page.poll();
		if (next != null) {
			lastId = next;
		}
		return next;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(LAST_ID, lastId);
	}

}
