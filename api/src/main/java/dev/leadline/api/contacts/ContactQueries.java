package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ATTRIBUTE_KEY;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import dev.leadline.api.system.paging.Keyset;
import dev.leadline.api.system.paging.TotalView;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.ContactRecord;
import dev.leadline.jobs.contactdata.EmailStatus;
import dev.leadline.jobs.selection.ContactConditions;
import dev.leadline.jobs.selection.ContactFilter;
import dev.leadline.jobs.selection.ContactSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a tenant's contacts: keyset pages in four orders, filters, search, counts, one
 * contact, and every matching contact for the export. Every query names the tenant (see
 * {@link ContactConditions}).
 */
@Component
class ContactQueries {

	/**
	 * What a list row shows (not the attributes nor the search text); the enriched values
	 * come from the contact's {@code contact_enrichment} row (see
	 * {@link #withEnrichment}).
	 */
	static final List<Field<?>> LISTED = List.of(CONTACT.ID, CONTACT.EMAIL, CONTACT.FIRST_NAME, CONTACT.LAST_NAME,
			CONTACT.TITLE, CONTACT.PHONE, CONTACT.CITY, CONTACT.COUNTRY, CONTACT.LINKEDIN_URL,
			CONTACT_ENRICHMENT.SENIORITY, CONTACT_ENRICHMENT.DEPARTMENT, CONTACT_ENRICHMENT.EMAIL_STATUS,
			CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME, CONTACT.NAME_KEY, CONTACT.COMPANY_SORT, CONTACT.CREATED_AT,
			CONTACT.UPDATED_AT);

	/**
	 * A list row and the text the search box matches, for the search window (see
	 * commonTermQuery).
	 */
	private static final List<Field<?>> LISTED_AND_SEARCHED = java.util.stream.Stream
		.concat(LISTED.stream(), java.util.stream.Stream.of(CONTACT.SEARCH_TEXT))
		.toList();

	/**
	 * Rows a search page looks through in its own order before the trigram lookup (see
	 * commonTermPage). A term that overflows the lookup's id list
	 * ({@link ContactSearch#MAX_IDS}) in a tenant of a million contacts matches at least
	 * 0.5 % of them: about 50 within 10,000 rows, so its pages are found here. With
	 * 2,000, a term of 0.7 % (5,000 to 25,000 matches) paid the lookup, 65 ms of it in a
	 * bitmap of the whole tenant, and then the scan anyway (scripts/bench/browse,
	 * search-middling: 137 ms at p50 through the API).
	 */
	static final int SEARCH_PROBE_ROWS = 10_000;

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	ContactQueries(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	ContactPage page(long tenantId, ContactFilter filter, Keyset.Order order, String cursor, int limit, boolean count,
			List<String> attributes) {
		List<Record> rows = ContactSearch.usesTrigrams(filter.q()) && filter.searchOnly()
				? commonTermPage(tenantId, filter, order, cursor, limit + 1) : null;
		Condition where = rows == null || count ? ContactConditions.of(dsl, tenantId, filter) : null;
		if (rows == null) {
			rows = pageQuery(tenantId, where, order, cursor, limit + 1).fetch();
		}
		return pageOf(tenantId, rows, order, limit, attributes, count ? Keyset.total(dsl, json, CONTACT, where) : null);
	}

	/**
	 * The page of up to {@code limit + 1} rows (of {@link #LISTED}) read for it: the
	 * cursor after them, their companies' domains and the attributes asked for.
	 */
	ContactPage pageOf(long tenantId, List<Record> rows, Keyset.Order order, int limit, List<String> attributes,
			TotalView total) {
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			Record last = rows.get(limit - 1);
			next = order.cursorAfter(ContactSort.keyOf(order, last), last.get(CONTACT.ID));
		}
		Map<Long, String> domains = domains(tenantId, rows);
		List<ContactView> items = withAttributes(tenantId, rows.stream().map(r -> view(r, domains)).toList(),
				attributes);
		return new ContactPage(items, next, total);
	}

	/**
	 * The contacts with the named custom attributes they have, read by id after the page
	 * (its own query, tuned to its index, stays as it is; a page's attributes are at most
	 * 200 primary-key probes).
	 */
	private List<ContactView> withAttributes(long tenantId, List<ContactView> contacts, List<String> names) {
		if (names == null || names.isEmpty() || contacts.isEmpty()) {
			return contacts;
		}
		Map<Long, Map<String, String>> chosen = new java.util.HashMap<>();
		dsl.resultQuery("""
				SELECT c.id, a.key, a.value
				FROM contact c, jsonb_each_text(c.attributes) a
				WHERE c.tenant_id = {0} AND c.id = ANY({1}) AND a.key = ANY({2})""", DSL.val(tenantId),
				DSL.val(contacts.stream().map(ContactView::id).toArray(Long[]::new)),
				DSL.val(names.toArray(String[]::new)))
			.forEach(r -> chosen.computeIfAbsent(r.get(0, Long.class), id -> new java.util.TreeMap<>())
				.put(r.get(1, String.class), r.get(2, String.class)));
		return contacts.stream().map(c -> c.withAttributes(chosen.getOrDefault(c.id(), Map.of()))).toList();
	}

	/**
	 * The names of the tenant's custom attributes (recorded by the import), in
	 * case-insensitive order, at most {@code limit}.
	 */
	List<String> attributeNames(long tenantId, int limit) {
		return dsl.select(CONTACT_ATTRIBUTE_KEY.NAME)
			.from(CONTACT_ATTRIBUTE_KEY)
			.where(CONTACT_ATTRIBUTE_KEY.TENANT_ID.eq(tenantId))
			.orderBy(DSL.lower(CONTACT_ATTRIBUTE_KEY.NAME), CONTACT_ATTRIBUTE_KEY.NAME)
			.limit(limit)
			.fetch(CONTACT_ATTRIBUTE_KEY.NAME);
	}

	/**
	 * A search page found among the next {@link #SEARCH_PROBE_ROWS} rows in page order,
	 * or null when they hold fewer than {@code rows} matches. A common term fills its
	 * page within them (a few ms, the scan stops at the page's last match) and needs no
	 * trigram lookup, which for a term matching hundreds of thousands of rows costs more
	 * than the page. A rarer term falls through to {@link ContactSearch}. Only for a
	 * search alone: with other filters (most without an index of their own) the window
	 * could walk far more than 2,000 rows of the tenant to collect 2,000 that pass them.
	 */
	private List<Record> commonTermPage(long tenantId, ContactFilter filter, Keyset.Order order, String cursor,
			int rows) {
		List<Record> found = commonTermQuery(tenantId, filter, order, cursor, rows, SEARCH_PROBE_ROWS).fetch();
		return found.size() == rows ? found : null;
	}

	/**
	 * The statement of {@link #commonTermPage}, looking through {@code windowRows} rows.
	 */
	org.jooq.Select<Record> commonTermQuery(long tenantId, ContactFilter filter, Keyset.Order order, String cursor,
			int rows, int windowRows) {
		Table<?> window = dsl.select(LISTED_AND_SEARCHED)
			.from(withEnrichment(tenantId))
			.where(ContactConditions.withoutSearch(tenantId, filter))
			.and(order.after(cursor))
			.orderBy(order.fields())
			.limit(windowRows)
			.asTable("window");
		return dsl.select(LISTED.stream().map(window::field).toList())
			.from(window)
			.where(window.field(CONTACT.SEARCH_TEXT).like(ContactSearch.containsPattern(filter.q())))
			.orderBy(order.fields(window))
			.limit(rows);
	}

	/**
	 * Contacts with their enrichment row, if any: one primary-key probe per row read,
	 * after the page's own index has done the ordering and limiting.
	 */
	static Table<?> withEnrichment(long tenantId) {
		return CONTACT.leftJoin(CONTACT_ENRICHMENT)
			.on(CONTACT_ENRICHMENT.TENANT_ID.eq(tenantId), CONTACT_ENRICHMENT.CONTACT_ID.eq(CONTACT.ID));
	}

	/**
	 * The statement of a page (one row more than the page, to know whether another
	 * follows).
	 */
	org.jooq.Select<Record> pageQuery(long tenantId, Condition where, Keyset.Order order, String cursor, int rows) {
		return dsl.select(LISTED)
			.from(withEnrichment(tenantId))
			.where(where)
			.and(order.after(cursor))
			.orderBy(order.fields())
			.limit(rows);
	}

	/**
	 * @throws NotFoundException when the contact is not the tenant's
	 */
	ContactDetailView detail(long tenantId, long id) {
		Record row = dsl
			.select(CONTACT.asterisk(), CONTACT_ENRICHMENT.SENIORITY, CONTACT_ENRICHMENT.DEPARTMENT,
					CONTACT_ENRICHMENT.EMAIL_STATUS)
			.from(withEnrichment(tenantId))
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.ID.eq(id))
			.fetchOne();
		if (row == null) {
			throw new NotFoundException("contact", id);
		}
		ContactRecord r = row.into(CONTACT);
		Map<Long, String> domains = domains(tenantId, List.of(row));
		return new ContactDetailView(r.getId(), r.getEmail(), r.getFirstName(), r.getLastName(), displayName(row),
				r.getTitle(), r.getPhone(), r.getCity(), r.getCountry(), r.getLinkedinUrl(),
				row.get(CONTACT_ENRICHMENT.SENIORITY), row.get(CONTACT_ENRICHMENT.DEPARTMENT),
				EmailStatus.of(r.getEmail(), row.get(CONTACT_ENRICHMENT.EMAIL_STATUS)), company(row, domains),
				json.readValue(r.getAttributes().data(), MAP), r.getSourceImportId(), r.getLastImportId(),
				r.getCreatedAt(), r.getUpdatedAt());
	}

	/** The tenant's contacts among the ids, in the order (other ids are left out). */
	List<ContactView> selected(long tenantId, List<Long> ids, Keyset.Order order) {
		List<Record> rows = dsl.select(LISTED)
			.from(withEnrichment(tenantId))
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.ID.in(ids))
			.orderBy(order.fields())
			.fetch();
		Map<Long, String> domains = domains(tenantId, rows);
		return rows.stream().map(r -> view(r, domains)).toList();
	}

	/**
	 * Every matching contact in the order, read with a server-side cursor (call inside a
	 * transaction).
	 */
	void forEach(long tenantId, ContactFilter filter, Keyset.Order order, Consumer<ContactView> each) {
		Condition where = ContactConditions.of(dsl, tenantId, filter);
		try (Cursor<Record> cursor = dsl.select(LISTED)
			.from(withEnrichment(tenantId))
			.where(where)
			.orderBy(order.fields())
			.fetchSize(2_000)
			.fetchLazy()) {
			List<Record> batch = new ArrayList<>(2_000);
			for (Record r : cursor) {
				batch.add(r);
				if (batch.size() == 2_000) {
					flush(tenantId, batch, each);
				}
			}
			flush(tenantId, batch, each);
		}
	}

	private void flush(long tenantId, List<Record> batch, Consumer<ContactView> each) {
		Map<Long, String> domains = domains(tenantId, batch);
		batch.forEach(r -> each.accept(view(r, domains)));
		batch.clear();
	}

	static String displayName(Record r) {
		String first = r.get(CONTACT.FIRST_NAME);
		String last = r.get(CONTACT.LAST_NAME);
		if (first != null || last != null) {
			return first == null ? last : last == null ? first : first + " " + last;
		}
		return r.get(CONTACT.EMAIL);
	}

	private Map<Long, String> domains(long tenantId, List<Record> rows) {
		List<Long> ids = rows.stream()
			.map(r -> r.get(CONTACT.COMPANY_ID))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> domains = new java.util.HashMap<>();
		dsl.select(COMPANY.ID, COMPANY.DOMAIN)
			.from(COMPANY)
			.where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.in(ids))
			.forEach(r -> domains.put(r.value1(), r.value2()));
		return domains;
	}

	private static CompanyRefView company(Record r, Map<Long, String> domains) {
		Long companyId = r.get(CONTACT.COMPANY_ID);
		return companyId == null ? null
				: new CompanyRefView(companyId, r.get(CONTACT.COMPANY_NAME), domains.get(companyId));
	}

	static ContactView view(Record r, Map<Long, String> domains) {
		return new ContactView(r.get(CONTACT.ID), r.get(CONTACT.EMAIL), r.get(CONTACT.FIRST_NAME),
				r.get(CONTACT.LAST_NAME), displayName(r), r.get(CONTACT.TITLE), r.get(CONTACT.PHONE),
				r.get(CONTACT.CITY), r.get(CONTACT.COUNTRY), r.get(CONTACT.LINKEDIN_URL),
				r.get(CONTACT_ENRICHMENT.SENIORITY), r.get(CONTACT_ENRICHMENT.DEPARTMENT),
				EmailStatus.of(r.get(CONTACT.EMAIL), r.get(CONTACT_ENRICHMENT.EMAIL_STATUS)), company(r, domains),
				r.get(CONTACT.CREATED_AT), r.get(CONTACT.UPDATED_AT), Map.of());
	}

}
