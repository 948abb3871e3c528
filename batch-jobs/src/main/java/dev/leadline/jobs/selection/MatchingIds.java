package dev.leadline.jobs.selection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The ids of the rows matching a filter, in ascending order, up to a fixed id, read a
 * page at a time: what the bulk jobs (delete of contacts, of companies) work through. Its
 * position is the last id handed out, saved with each chunk: a restart goes on after the
 * last committed chunk, and since deleted rows no longer match, a repeated page could not
 * delete anything twice anyway.
 */
public class MatchingIds implements ItemStreamReader<Long> {

	private final String positionKey;

	private final DSLContext dsl;

	private final TableField<?, Long> id;

	private final Supplier<Condition> where;

	private final long upToId;

	private final int pageSize;

	private final Deque<Long> page = new ArrayDeque<>();

	private long lastId;

	private boolean exhausted;

	/**
	 * @param id the table's id column
	 * @param where the filter, tenant included, worked out again for each page (a search
	 * may ask the database which rows match)
	 * @param upToId the highest id the run may hand out
	 */
	public MatchingIds(DSLContext dsl, TableField<?, Long> id, Supplier<Condition> where, long upToId, int pageSize) {
		this.positionKey = "matchingIds." + id.getTable().getName() + ".lastId";
		this.dsl = dsl;
		this.id = id;
		this.where = where;
		this.upToId = upToId;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext context) {
		lastId = context.getLong(positionKey, 0L);
		page.clear();
		exhausted = false;
	}

	@Override
	public Long read() {
		if (page.isEmpty() && !exhausted) {
			Table<?> table = id.getTable();
			dsl.select(id)
				.from(table)
				.where(where.get())
				.and(id.gt(lastId))
				.and(id.le(upToId))
				.orderBy(id)
				.limit(pageSize)
				.fetch(id)
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
		context.putLong(positionKey, lastId);
	}

}
