package dev.leadline.jobs.reports;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;
import static dev.leadline.db.jooq.Tables.TENANT;
import static dev.leadline.db.jooq.Tables.TENANT_BRANDING;

import dev.leadline.db.jooq.tables.records.CompanyRecord;
import dev.leadline.db.jooq.tables.records.TenantBrandingRecord;
import dev.leadline.jobs.contactdata.Seniority;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what a chunk's dossiers show: three set-based queries per chunk. */
class DossierQueries {

	static final String FIT_SCORE = "fitScore";

	static final String SUMMARY = "summary";

	/** Seniority as a rank, most senior first; unclassified contacts last. */
	private static final Field<Integer> SENIORITY_RANK = DSL.coalesce(
			DSL.field("array_position({0}::text[], {1})", Integer.class,
					DSL.val(Seniority.names().toArray(String[]::new)), CONTACT_ENRICHMENT.SENIORITY),
			DSL.inline(Seniority.values().length + 1));

	private final DSLContext dsl;

	private final JsonMapper json;

	private final int keyContacts;

	DossierQueries(DSLContext dsl, JsonMapper json, int keyContacts) {
		this.dsl = dsl;
		this.json = json;
		this.keyContacts = keyContacts;
	}

	Dossier.Branding branding(long tenantId) {
		String tenantName = this.dsl.select(TENANT.NAME)
			.from(TENANT)
			.where(TENANT.ID.eq(tenantId))
			.fetchOne(TENANT.NAME);
		TenantBrandingRecord branding = this.dsl.selectFrom(TENANT_BRANDING)
			.where(TENANT_BRANDING.TENANT_ID.eq(tenantId))
			.fetchOne();
		if (branding == null) {
			return new Dossier.Branding(tenantName, "#1F4E79", null, null);
		}
		return new Dossier.Branding((branding.getDisplayName() != null) ? branding.getDisplayName() : tenantName,
				branding.getColour(), branding.getLogo(), branding.getLogoMediaType());
	}

	/** The dossiers of the companies that still exist, by company id. */
	Map<Long, Dossier> load(long tenantId, Collection<Long> companyIds, Dossier.Branding branding, OffsetDateTime now) {
		Map<Long, List<Dossier.KeyContact>> contacts = keyContacts(tenantId, companyIds);
		Map<Long, Map<String, Integer>> bySeniority = contactsBySeniority(tenantId, companyIds);
		Map<Long, Dossier> dossiers = new HashMap<>();
		for (CompanyRecord c : this.dsl.selectFrom(COMPANY)
			.where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.in(companyIds))
			.fetch()) {
			JsonNode enrichment = this.json.readTree(c.getEnrichment().data());
			List<Dossier.EnrichedField> fields = new ArrayList<>();
			enrichment.properties().forEach((entry) -> {
				if (!entry.getKey().equals(FIT_SCORE) && !entry.getKey().equals(SUMMARY)) {
					fields.add(field(entry.getKey(), entry.getValue()));
				}
			});
			Map<String, Integer> counts = bySeniority.getOrDefault(c.getId(), Map.of());
			dossiers.put(c.getId(),
					new Dossier(c.getId(), c.getName(), c.getDomain(), c.getWebsite(), c.getIndustry(),
							c.getEmployeeCount(), c.getCity(), c.getCountry(), fields,
							enrichment.has(FIT_SCORE) ? field(FIT_SCORE, enrichment.get(FIT_SCORE)) : null,
							enrichment.has(SUMMARY) ? field(SUMMARY, enrichment.get(SUMMARY)) : null,
							contacts.getOrDefault(c.getId(), List.of()), counts,
							counts.values().stream().mapToInt(Integer::intValue).sum(), branding, now));
		}
		return dossiers;
	}

	private static Dossier.EnrichedField field(String name, JsonNode entry) {
		if (!entry.isObject()) {
			return new Dossier.EnrichedField(name, text(entry), null, null);
		}
		return new Dossier.EnrichedField(name, text(entry.get("value")), text(entry.get("source")),
				text(entry.get("fetchedAt")));
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

	private Map<Long, List<Dossier.KeyContact>> keyContacts(long tenantId, Collection<Long> companyIds) {
		Field<Integer> rank = DSL.rowNumber()
			.over(DSL.partitionBy(CONTACT.COMPANY_ID).orderBy(SENIORITY_RANK, CONTACT.NAME_KEY, CONTACT.ID))
			.as("rank");
		var ranked = DSL
			.select(CONTACT.COMPANY_ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, CONTACT.TITLE,
					CONTACT_ENRICHMENT.SENIORITY, CONTACT_ENRICHMENT.DEPARTMENT, CONTACT.PHONE, rank)
			.from(CONTACT)
			.leftJoin(CONTACT_ENRICHMENT)
			.on(enriched())
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.COMPANY_ID.in(companyIds))
			.asTable("ranked");
		Map<Long, List<Dossier.KeyContact>> contacts = new HashMap<>();
		for (Record row : this.dsl.selectFrom(ranked)
			.where(ranked.field(rank).le(this.keyContacts))
			.orderBy(ranked.field(CONTACT.COMPANY_ID), ranked.field(rank))
			.fetch()) {
			String name = String
				.join(" ", nonBlank(row.get(CONTACT.FIRST_NAME.getName(), String.class)),
						nonBlank(row.get(CONTACT.LAST_NAME.getName(), String.class)))
				.strip();
			contacts.computeIfAbsent(row.get(CONTACT.COMPANY_ID.getName(), Long.class), (id) -> new ArrayList<>())
				.add(new Dossier.KeyContact(name.isEmpty() ? row.get(CONTACT.EMAIL.getName(), String.class) : name,
						row.get(CONTACT.TITLE.getName(), String.class),
						row.get(CONTACT_ENRICHMENT.SENIORITY.getName(), String.class),
						row.get(CONTACT_ENRICHMENT.DEPARTMENT.getName(), String.class),
						row.get(CONTACT.EMAIL.getName(), String.class),
						row.get(CONTACT.PHONE.getName(), String.class)));
		}
		return contacts;
	}

	private Map<Long, Map<String, Integer>> contactsBySeniority(long tenantId, Collection<Long> companyIds) {
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		this.dsl.select(CONTACT.COMPANY_ID, CONTACT_ENRICHMENT.SENIORITY, DSL.count())
			.from(CONTACT)
			.leftJoin(CONTACT_ENRICHMENT)
			.on(enriched())
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.COMPANY_ID.in(companyIds))
			.groupBy(CONTACT.COMPANY_ID, CONTACT_ENRICHMENT.SENIORITY)
			.forEach((row) -> counts.computeIfAbsent(row.value1(), (id) -> new HashMap<>())
				.put(row.value2(), row.value3()));
		Map<Long, Map<String, Integer>> ordered = new HashMap<>();
		counts.forEach((company, bySeniority) -> {
			Map<String, Integer> inOrder = new LinkedHashMap<>();
			Seniority.names()
				.stream()
				.filter(bySeniority::containsKey)
				.forEach((seniority) -> inOrder.put(seniority, bySeniority.get(seniority)));
			if (bySeniority.containsKey(null)) {
				inOrder.put(null, bySeniority.get(null));
			}
			ordered.put(company, inOrder);
		});
		return ordered;
	}

	/** A contact's enrichment row (its seniority and department live there). */
	private static org.jooq.Condition enriched() {
		return CONTACT_ENRICHMENT.TENANT_ID.eq(CONTACT.TENANT_ID).and(CONTACT_ENRICHMENT.CONTACT_ID.eq(CONTACT.ID));
	}

	private static String nonBlank(String value) {
		return (value == null) ? "" : value.strip();
	}

}
