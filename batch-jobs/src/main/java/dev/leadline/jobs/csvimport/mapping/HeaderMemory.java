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
import org.jooq.Record4;
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

	/**
	 * Remembers where each column went, by its header; a custom attribute also under the
	 * name it was given.
	 */
	public void remember(long tenantId, List<String> headers, List<ColumnMapping> mapping) {
		var insert = dsl.insertInto(IMPORT_HEADER_MEMORY, IMPORT_HEADER_MEMORY.TENANT_ID,
				IMPORT_HEADER_MEMORY.HEADER_KEY, IMPORT_HEADER_MEMORY.FIELD, IMPORT_HEADER_MEMORY.ATTRIBUTE);
		boolean any = false;
		for (ColumnMapping column : mapping) {
			String header = headers.get(column.column());
			String key = HeaderText.normalise(header);
			if (!key.isEmpty()) {
				insert = insert.values(tenantId, key, column.field().name(), renamed(header, column));
				any = true;
			}
		}
		if (any) {
			insert.onConflict(IMPORT_HEADER_MEMORY.TENANT_ID, IMPORT_HEADER_MEMORY.HEADER_KEY)
				.doUpdate()
				.set(IMPORT_HEADER_MEMORY.FIELD, DSL.excluded(IMPORT_HEADER_MEMORY.FIELD))
				.set(IMPORT_HEADER_MEMORY.ATTRIBUTE, DSL.excluded(IMPORT_HEADER_MEMORY.ATTRIBUTE))
				.set(IMPORT_HEADER_MEMORY.TIMES_USED, IMPORT_HEADER_MEMORY.TIMES_USED.plus(1))
				.set(IMPORT_HEADER_MEMORY.UPDATED_AT, DSL.currentOffsetDateTime())
				.execute();
		}
	}

	/** The custom attribute's name when the user gave it one other than the header. */
	private static String renamed(String header, ColumnMapping column) {
		if (column.field() != TargetField.CUSTOM || column.attribute() == null) {
			return null;
		}
		String name = column.attribute().strip();
		return name.isEmpty() || name.equals(header.strip()) ? null : name;
	}

	/**
	 * The suggestions with remembered fields in front; a field taken by memory is freed
	 * elsewhere.
	 */
	public List<SuggestedColumn> apply(long tenantId, List<SuggestedColumn> suggestions) {
		List<String> keys = suggestions.stream().map(s -> HeaderText.normalise(s.header())).toList();
		Map<String, Record4<String, String, Integer, String>> remembered = dsl
			.select(IMPORT_HEADER_MEMORY.HEADER_KEY, IMPORT_HEADER_MEMORY.FIELD, IMPORT_HEADER_MEMORY.TIMES_USED,
					IMPORT_HEADER_MEMORY.ATTRIBUTE)
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
					String attribute = field == TargetField.CUSTOM ? memory.value4() : null;
					result.set(i, new SuggestedColumn(s.column(), s.header(), field, CONFIDENCE,
							(attribute == null ? "mapped to " + field : "kept as the attribute '" + attribute + "'")
									+ " in " + memory.value3() + " earlier import" + (memory.value3() == 1 ? "" : "s"),
							attribute));
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
