package dev.leadline.api.enrichment;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import dev.leadline.api.system.problems.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a contact's ({@code contact_enrichment.fields}) or company's ({@code enrichment})
 * enriched values, written by the enrichment stages as {@code {"field": {"value",
 * "source", "fetchedAt"}}}).
 */
@Component
class EnrichedFields {

	private final DSLContext dsl;

	private final JsonMapper json;

	EnrichedFields(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	/**
	 * @throws NotFoundException when the contact is not the tenant's
	 */
	@Transactional(readOnly = true)
	List<EnrichedFieldView> ofContact(long tenantId, long id) {
		// A contact's enriched values are in contact_enrichment (none yet: no row).
		JSONB enrichment = dsl.select(CONTACT_ENRICHMENT.FIELDS)
			.from(CONTACT)
			.leftJoin(CONTACT_ENRICHMENT)
			.on(CONTACT_ENRICHMENT.TENANT_ID.eq(CONTACT.TENANT_ID), CONTACT_ENRICHMENT.CONTACT_ID.eq(CONTACT.ID))
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.ID.eq(id))
			.fetchOptional()
			.orElseThrow(() -> new NotFoundException("contact", id))
			.value1();
		return enrichment == null ? List.of() : fields(enrichment);
	}

	/**
	 * @throws NotFoundException when the company is not the tenant's
	 */
	@Transactional(readOnly = true)
	List<EnrichedFieldView> ofCompany(long tenantId, long id) {
		JSONB enrichment = dsl.select(COMPANY.ENRICHMENT)
			.from(COMPANY)
			.where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.eq(id))
			.fetchOptional(COMPANY.ENRICHMENT)
			.orElseThrow(() -> new NotFoundException("company", id));
		return fields(enrichment);
	}

	private List<EnrichedFieldView> fields(JSONB enrichment) {
		List<EnrichedFieldView> fields = new ArrayList<>();
		json.readTree(enrichment.data()).properties().forEach(entry -> {
			JsonNode e = entry.getValue();
			fields.add(e.isObject()
					? new EnrichedFieldView(entry.getKey(), text(e.get("value")), text(e.get("source")),
							text(e.get("fetchedAt")), text(e.get("url")), items(e.get("value")))
					: new EnrichedFieldView(entry.getKey(), text(e), null, null, null, items(e)));
		});
		fields.sort(Comparator.comparing(EnrichedFieldView::field));
		return fields;
	}

	private static List<String> items(JsonNode node) {
		if (node == null || !node.isArray()) {
			return null;
		}
		List<String> items = new ArrayList<>();
		node.forEach((item) -> items.add(item.isValueNode() ? item.asString() : item.toString()));
		return items;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

}
