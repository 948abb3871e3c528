package dev.leadline.api.system.paging;

import dev.leadline.api.system.problems.InvalidParameterException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keyset pages over a table in one of several orders: a stored sort key (text or
 * timestamp) and the id as tie-breaker, or the id alone. The condition after a cursor is
 * a row comparison, so the (tenant_id, key, id) index serves it as an index condition,
 * also under row level security (its operators are leakproof).
 */
public final class Keyset {

	private Keyset() {
	}

	/**
	 * An order: its parameter ("name", "-name"), its key (null when by id alone) and the
	 * table's id.
	 */
	public record Order(String parameter, Field<?> key, Field<Long> id, boolean descending) {

		/**
		 * Parses {@code value} ("name", "-name"; blank means {@code fallback}) against
		 * the orders offered.
		 * @throws InvalidParameterException naming the sort parameter and the orders
		 * offered
		 */
		public static <S> Order parse(String value, String fallback, List<S> sorts, Function<S, String> names,
				Function<S, Field<?>> keys, Field<Long> id) {
			String text = value == null || value.isBlank() ? fallback : value.strip();
			boolean descending = text.startsWith("-");
			String name = descending ? text.substring(1) : text;
			for (S sort : sorts) {
				if (names.apply(sort).equals(name)) {
					return new Order((descending ? "-" : "") + name, keys.apply(sort), id, descending);
				}
			}
			String allowed = String.join(", ",
					sorts.stream()
						.flatMap(s -> java.util.stream.Stream.of(names.apply(s), "-" + names.apply(s)))
						.toList());
			throw new InvalidParameterException("sort", "must be one of " + allowed + "; got '" + value + "'");
		}

		public List<SortField<?>> fields() {
			return fields(key, id);
		}

		/** The order over a derived table that has the key and id columns. */
		public List<SortField<?>> fields(Table<?> within) {
			return fields(key == null ? null : within.field(key), within.field(id));
		}

		private List<SortField<?>> fields(Field<?> key, Field<Long> id) {
			SortField<Long> byId = descending ? id.desc() : id.asc();
			return key == null ? List.of(byId) : List.of(descending ? key.desc() : key.asc(), byId);
		}

		/** The cursor after a row with this key value and id. */
		public String cursorAfter(Object keyValue, long rowId) {
			return new KeysetCursor(parameter, key == null ? null : keyValue.toString(), rowId).encode();
		}

		/**
		 * The rows after the cursor in this order. @throws Cursor.InvalidCursorException
		 * for another order's
		 */
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public Condition after(String cursor) {
			if (cursor == null) {
				return DSL.noCondition();
			}
			KeysetCursor position = KeysetCursor.decode(cursor, parameter);
			if (key == null) {
				return descending ? id.lt(position.id()) : id.gt(position.id());
			}
			if (position.key() == null) {
				throw new Cursor.InvalidCursorException();
			}
			Object value;
			try {
				value = key.getType() == OffsetDateTime.class ? OffsetDateTime.parse(position.key()) : position.key();
			}
			catch (RuntimeException e) {
				throw new Cursor.InvalidCursorException();
			}
			Field raw = key;
			return descending ? DSL.row(raw, id).lt(DSL.val(value, raw), DSL.val(position.id()))
					: DSL.row(raw, id).gt(DSL.val(value, raw), DSL.val(position.id()));
		}
	}

	/** Counts are exact up to here; above it the planner's estimate is answered. */
	public static final int EXACT_COUNT_CAP = 100_000;

	/**
	 * How many rows match: exact when at most {@link #EXACT_COUNT_CAP} do (counting stops
	 * there), else the planner's estimate, never answered below the cap.
	 */
	public static TotalView total(DSLContext dsl, JsonMapper json, Table<?> table, Condition where) {
		int counted = dsl.fetchCount(dsl.selectOne().from(table).where(where).limit(EXACT_COUNT_CAP + 1));
		if (counted <= EXACT_COUNT_CAP) {
			return new TotalView(counted, true);
		}
		String plan = dsl.fetchOne("EXPLAIN (FORMAT JSON) {0}", dsl.selectOne().from(table).where(where))
			.get(0, String.class);
		long estimate = json.readTree(plan).get(0).get("Plan").get("Plan Rows").asLong();
		return new TotalView(Math.max(estimate, EXACT_COUNT_CAP + 1L), false);
	}

}
