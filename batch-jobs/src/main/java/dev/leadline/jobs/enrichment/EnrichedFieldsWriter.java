package dev.leadline.jobs.enrichment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a chunk's found fields, each with its source and time, in one statement: merged
 * into the entity's enrichment, and the fields that are columns
 * ({@link EnrichmentStage#columns()}) into those. Each value travels as its own array
 * element, so the statement parses no JSON but the enrichment itself, once per item.
 */
final class EnrichedFieldsWriter {

	private final DSLContext dsl;

	private final JsonMapper json;

	EnrichedFieldsWriter(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	void write(long tenantId, EnrichmentStage stage, List<ItemResult> found, OffsetDateTime now) {
		if (found.isEmpty()) {
			return;
		}
		List<Map.Entry<String, Field<?>>> columns = new ArrayList<>(stage.columns().entrySet());
		Long[] ids = new Long[found.size()];
		String[] patches = new String[found.size()];
		String[][] values = new String[columns.size()][found.size()];
		for (int i = 0; i < ids.length; i++) {
			ItemResult result = found.get(i);
			ids[i] = result.itemId();
			Map<String, Object> patch = new LinkedHashMap<>();
			result.fields().forEach((name, value) -> patch.put(name, provenance(stage.name(), value, now)));
			patches[i] = this.json.writeValueAsString(patch);
			for (int c = 0; c < columns.size(); c++) {
				EnrichedValue value = result.fields().get(columns.get(c).getKey());
				values[c][i] = (value != null) ? String.valueOf(value.value()) : null;
			}
		}
		List<Object> binds = new ArrayList<>(List.of(DSL.val(tenantId), DSL.val(ids), DSL.val(patches), DSL.val(now)));
		StringBuilder arrays = new StringBuilder();
		for (String[] column : values) {
			arrays.append(", {").append(binds.size()).append("}::text[]");
			binds.add(DSL.val(column));
		}
		EnrichedEntity entity = stage.entity();
		String sql = entity.enrichedInRow() ? update(entity, columns, arrays) : upsert(entity, columns, arrays);
		this.dsl.execute(sql, binds.toArray());
	}

	/** Merges into the entity rows' own enrichment and columns. */
	private String update(EnrichedEntity entity, List<Map.Entry<String, Field<?>>> columns, CharSequence arrays) {
		String fields = quoted(entity.enrichment());
		StringBuilder set = new StringBuilder(fields + " = e." + fields + " || u.patch");
		for (int c = 0; c < columns.size(); c++) {
			String name = quoted(columns.get(c).getValue());
			set.append(", ").append(name).append(" = coalesce(").append(typed(columns.get(c).getValue(), "u.c" + c));
			set.append(", e.").append(name).append(")");
		}
		return "UPDATE " + entity.enrichmentTable().getName() + " e SET " + set + " FROM " + unnest(columns, arrays)
				+ " WHERE e." + quoted(entity.enrichmentTenantId()) + " = {0} AND e." + quoted(entity.enrichmentId())
				+ " = u.id";
	}

	/**
	 * Inserts or merges the rows of the entity's enrichment table: an insert of a narrow
	 * row with one index, where updating the entity's own row would add an entry to each
	 * of its indexes. Entities deleted meanwhile are left out.
	 */
	private String upsert(EnrichedEntity entity, List<Map.Entry<String, Field<?>>> columns, CharSequence arrays) {
		String tenant = quoted(entity.enrichmentTenantId());
		String id = quoted(entity.enrichmentId());
		String fields = quoted(entity.enrichment());
		StringBuilder names = new StringBuilder();
		StringBuilder values = new StringBuilder();
		StringBuilder merged = new StringBuilder();
		for (int c = 0; c < columns.size(); c++) {
			String name = quoted(columns.get(c).getValue());
			names.append(", ").append(name);
			values.append(", ").append(typed(columns.get(c).getValue(), "u.c" + c));
			merged.append(", ").append(name).append(" = coalesce(excluded.").append(name);
			merged.append(", e.").append(name).append(")");
		}
		return "INSERT INTO " + entity.enrichmentTable().getName() + " AS e (" + tenant + ", " + id + ", " + fields
				+ names + ", updated_at) SELECT {0}, u.id, u.patch" + values + ", {3} FROM " + unnest(columns, arrays)
				+ " WHERE EXISTS (SELECT 1 FROM " + entity.table().getName() + " x WHERE x." + quoted(entity.tenantId())
				+ " = {0} AND x." + quoted(entity.id()) + " = u.id) ON CONFLICT (" + tenant + ", " + id
				+ ") DO UPDATE SET " + fields + " = e." + fields + " || excluded." + fields + merged
				+ ", updated_at = excluded.updated_at";
	}

	private static String unnest(List<Map.Entry<String, Field<?>>> columns, CharSequence arrays) {
		StringBuilder names = new StringBuilder("id, patch");
		for (int c = 0; c < columns.size(); c++) {
			names.append(", c").append(c);
		}
		return "unnest({1}::bigint[], {2}::jsonb[]" + arrays + ") AS u(" + names + ")";
	}

	private String typed(Field<?> column, String value) {
		return value + "::" + column.getDataType().getCastTypeName(this.dsl.configuration());
	}

	private static String quoted(Field<?> field) {
		return "\"" + field.getName() + "\"";
	}

	private static Map<String, Object> provenance(String stage, EnrichedValue value, OffsetDateTime now) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("value", value.value());
		field.put("source", stage + "/" + value.provider());
		if (value.url() != null) {
			field.put("url", value.url());
		}
		field.put("fetchedAt",
				(value.fetchedAt() != null) ? value.fetchedAt().atOffset(ZoneOffset.UTC).toString() : now.toString());
		return field;
	}

}
