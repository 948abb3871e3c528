package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.api.system.paging.Keyset;
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

	/** What a list row shows (not the attributes nor the search text). */
	private static final List<Field<?>> LISTED = List.of(CONTACT.ID, CONTACT.EMAIL, CONTACT.FIRST_NAME,
			CONTACT.LAST_NAME, CONTACT.TITLE, CONTACT.PHONE, CONTACT.CITY, CONTACT.COUNTRY, CONTACT.LINKEDIN_URL,
			CONTACT.SENIORITY, CONTACT.DEPARTMENT, CONTACT.EMAIL_STATUS, CONTACT.COMPANY_ID, CONTACT.COMPANY_NAME,
			CONTACT.NAME_KEY, CONTACT.COMPANY_SORT, CONTACT.CREATED_AT, CONTACT.UPDATED_AT);

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

	ContactPage page(long tenantId, ContactFilter filter, Keyset.Order order, String cursor, int limit, boolean count) {
		List<ContactRecord> rows = ContactSearch.usesTrigrams(filter.q()) && filter.searchOnly()
				? commonTermPage(tenantId, filter, order, cursor, limit + 1) : null;
		Condition where = rows == null || count ? ContactConditions.of(dsl, tenantId, filter) : null;
		if (rows == null) {
			rows = pageQuery(where, order, cursor, limit + 1).fetchInto(CONTACT);
		}
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			ContactRecord last = rows.get(limit - 1);
			next = order.cursorAfter(ContactSort.keyOf(order, last), last.getId());
		}
		Map<Long, String> domains = domains(tenantId, rows);
		List<ContactView> items = rows.stream().map(r -> view(r, domains)).toList();
		return new ContactPage(items, next, count ? Keyset.total(dsl, json, CONTACT, where) : null);
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
	private List<ContactRecord> commonTermPage(long tenantId, ContactFilter filter, Keyset.Order order, String cursor,
			int rows) {
		List<ContactRecord> found = commonTermQuery(tenantId, filter, order, cursor, rows, SEARCH_PROBE_ROWS)
			.fetchInto(CONTACT);
		return found.size() == rows ? found : null;
	}

	/**
	 * The statement of {@link #commonTermPage}, looking through {@code windowRows} rows.
	 */
	org.jooq.Select<Record> commonTermQuery(long tenantId, ContactFilter filter, Keyset.Order order, String cursor,
			int rows, int windowRows) {
		Table<?> window = dsl.select(LISTED_AND_SEARCHED)
			.from(CONTACT)
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
	 * The statement of a page (one row more than the page, to know whether another
	 * follows).
	 */
	org.jooq.Select<Record> pageQuery(Condition where, Keyset.Order order, String cursor, int rows) {
		return dsl.select(LISTED)
			.from(CONTACT)
			.where(where)
			.and(order.after(cursor))
			.orderBy(order.fields())
			.limit(rows);
	}

	/**
	 * @throws NotFoundException when the contact is not the tenant's
	 */
	ContactDetailView detail(long tenantId, long id) {
		ContactRecord r = dsl.selectFrom(CONTACT).where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.ID.eq(id)).fetchOne();
		if (r == null) {
			throw new NotFoundException("contact", id);
		}
		Map<Long, String> domains = domains(tenantId, List.of(r));
		return new ContactDetailView(r.getId(), r.getEmail(), r.getFirstName(), r.getLastName(), displayName(r),
				r.getTitle(), r.getPhone(), r.getCity(), r.getCountry(), r.getLinkedinUrl(), r.getSeniority(),
				r.getDepartment(), EmailStatus.of(r.getEmail(), r.getEmailStatus()), company(r, domains),
				json.readValue(r.getAttributes().data(), MAP), r.getSourceImportId(), r.getLastImportId(),
				r.getCreatedAt(), r.getUpdatedAt());
	}

	/** The tenant's contacts among the ids, in the order (other ids are left out). */
	List<ContactView> selected(long tenantId, List<Long> ids, Keyset.Order order) {
		List<ContactRecord> rows = dsl.select(LISTED)
			.from(CONTACT)
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.ID.in(ids))
			.orderBy(order.fields())
			.fetchInto(CONTACT);
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
			.from(CONTACT)
			.where(where)
			.orderBy(order.fields())
			.fetchSize(2_000)
			.fetchLazy()) {
			List<ContactRecord> batch = new ArrayList<>(2_000);
			for (Record r : cursor) {
				batch.add(r.into(CONTACT));
				if (batch.size() == 2_000) {
					flush(tenantId, batch, each);
				}
			}
			flush(tenantId, batch, each);
		}
	}

	private void flush(long tenantId, List<ContactRecord> batch, Consumer<ContactView> each) {
		Map<Long, String> domains = domains(tenantId, batch);
		batch.forEach(r -> each.accept(view(r, domains)));
		batch.clear();
	}

	static String displayName(ContactRecord r) {
		if (r.getFirstName() != null || r.getLastName() != null) {
			return r.getFirstName() == null ? r.getLastName()
					: r.getLastName() == null ? r.getFirstName() : r.getFirstName() + " " + r.getLastName();
		}
		return r.getEmail();
	}

	private Map<Long, String> domains(long tenantId, List<ContactRecord> rows) {
		List<Long> ids = rows.stream()
			.map(ContactRecord::getCompanyId)
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

	private static CompanyRefView company(ContactRecord r, Map<Long, String> domains) {
		return r.getCompanyId() == null ? null
				: new CompanyRefView(r.getCompanyId(), r.getCompanyName(), domains.get(r.getCompanyId()));
	}

	static ContactView view(ContactRecord r, Map<Long, String> domains) {
		return new ContactView(r.getId(), r.getEmail(), r.getFirstName(), r.getLastName(), displayName(r), r.getTitle(),
				r.getPhone(), r.getCity(), r.getCountry(), r.getLinkedinUrl(), r.getSeniority(), r.getDepartment(),
				EmailStatus.of(r.getEmail(), r.getEmailStatus()), company(r, domains), r.getCreatedAt(),
				r.getUpdatedAt());
	}

}
