package dev.leadline.jobs.csvimport.mapping;

import static dev.leadline.db.jooq.Tables.IMPORT_HEADER_MEMORY;

import dev.leadline.jobs.csvimport.ColumnMapping;
import dev.leadline.jobs.csvimport.SuggestedColumn;
import dev.leadline.jobs.csvimport.TargetField;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * A tenant's confirmed mappings, by normalised header: when a column comes back under the
 * same name, the field the tenant chose last time is suggested first.
 */
@Component
public class HeaderMemory {

	static final double CONFIDENCE = 0.98;

	private final DSLContext dsl;

	HeaderMemory(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void remember(long tenantId, List<String> headers, List<ColumnMapping> mapping) {
		var insert = dsl.insertInto(IMPORT_HEADER_MEMORY, IMPORT_HEADER_MEMORY.TENANT_ID,
				IMPORT_HEADER_MEMORY.HEADER_KEY, IMPORT_HEADER_MEMORY.FIELD);
		boolean any = false;
		for (ColumnMapping column : mapping) {
			String key = HeaderText.normalise(headers.get(column.column()));
			if (!key.isEmpty()) {
				insert = insert.values(tenantId, key, column.field().name());
				any = true;
			}
		}
		if (any) {
			insert.onConflict(IMPORT_HEADER_MEMORY.TENANT_ID, IMPORT_HEADER_MEMORY.HEADER_KEY)
				.doUpdate()
				.set(IMPORT_HEADER_MEMORY.FIELD, DSL.excluded(IMPORT_HEADER_MEMORY.FIELD))
				.set(IMPORT_HEADER_MEMORY.TIMES_USED, IMPORT_HEADER_MEMORY.TIMES_USED.plus(1))
				.set(IMPORT_HEADER_MEMORY.UPDATED_AT, DSL.currentOffsetDateTime())
				.execute();
		}
	}

	/**
	 * The suggestions with remembered fields in front; a field taken by memory is freed
	 * elsewhere.
	 */
	public List<SuggestedColumn> apply(long tenantId, List<SuggestedColumn> suggestions) {
		List<String> keys = suggestions.stream().map(s -> HeaderText.normalise(s.header())).toList();
		Map<String, Record3<String, String, Integer>> remembered = dsl
			.select(IMPORT_HEADER_MEMORY.HEADER_KEY, IMPORT_HEADER_MEMORY.FIELD, IMPORT_HEADER_MEMORY.TIMES_USED)
			.from(IMPORT_HEADER_MEMORY)
			.where(IMPORT_HEADER_MEMORY.TENANT_ID.eq(tenantId))
			.and(IMPORT_HEADER_MEMORY.HEADER_KEY.in(keys))
			.fetchMap(IMPORT_HEADER_MEMORY.HEADER_KEY);
		if (remembered.isEmpty()) {
			return suggestions;
		}
		Set<TargetField> taken = EnumSet.noneOf(TargetField.class);
		List<SuggestedColumn> result = new ArrayList<>(suggestions);
		for (int i = 0; i < suggestions.size(); i++) {
			var memory = remembered.get(keys.get(i));
			if (memory != null) {
				TargetField field = TargetField.valueOf(memory.value2());
				if (!field.isUnique() || taken.add(field)) {
					SuggestedColumn s = suggestions.get(i);
					result.set(i, new SuggestedColumn(s.column(), s.header(), field, CONFIDENCE, "mapped to " + field
							+ " in " + memory.value3() + " earlier import" + (memory.value3() == 1 ? "" : "s")));
				}
			}
		}
		for (int i = 0; i < result.size(); i++) {
			SuggestedColumn s = result.get(i);
			if (remembered.get(keys.get(i)) == null && taken.contains(s.field())) {
				result.set(i,
						new SuggestedColumn(s.column(), s.header(), TargetField.CUSTOM, Math.min(0.5, s.confidence()),
								"looks like " + s.field() + " but an earlier import mapped another column to it"));
			}
		}
		return result;
	}

}
