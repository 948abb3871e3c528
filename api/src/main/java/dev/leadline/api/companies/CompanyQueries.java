package dev.leadline.api.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;

import dev.leadline.api.system.paging.Keyset;
import dev.leadline.api.system.paging.TotalView;
import dev.leadline.api.system.problems.NotFoundException;
import dev.leadline.db.jooq.tables.records.CompanyRecord;
import dev.leadline.jobs.selection.CompanyConditions;
import dev.leadline.jobs.selection.CompanyFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a tenant's companies: keyset pages in three orders, search, counts, one company
 * with its summary.
 */
@Component
class CompanyQueries {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	/** A company's contacts, counted through (tenant_id, company_id, id). */
	static final Field<Integer> CONTACTS = DSL
		.field(DSL.selectCount()
			.from(CONTACT)
			.where(CONTACT.TENANT_ID.eq(COMPANY.TENANT_ID), CONTACT.COMPANY_ID.eq(COMPANY.ID)))
		.as("contact_count");

	private final DSLContext dsl;

	private final JsonMapper json;

	CompanyQueries(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	record Filter(String q, List<String> countries, Boolean hasDomain) {

		CompanyFilter toFilter() {
			return new CompanyFilter(q, countries, hasDomain);
		}

	}

	CompanyPage page(long tenantId, Filter filter, Keyset.Order order, String cursor, int limit, boolean count) {
		Condition where = conditions(tenantId, filter);
		List<Record> rows = new ArrayList<>(dsl.select(COMPANY.fields())
			.select(CONTACTS)
			.from(COMPANY)
			.where(where)
			.and(order.after(cursor))
			.orderBy(order.fields())
			.limit(limit + 1)
			.fetch());
		return pageOf(rows, order, limit, count ? Keyset.total(dsl, json, COMPANY, where) : null);
	}

	/**
	 * The page of up to {@code limit + 1} rows (a company's fields and {@link #CONTACTS})
	 * read for it, and the cursor after them.
	 */
	static CompanyPage pageOf(List<Record> rows, Keyset.Order order, int limit, TotalView total) {
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			CompanyRecord last = rows.get(limit - 1).into(COMPANY);
			next = order.cursorAfter(order.key() == null ? null : last.get(order.key()), last.getId());
		}
		List<CompanyView> items = rows.stream().map(r -> view(r.into(COMPANY), r.get(CONTACTS))).toList();
		return new CompanyPage(items, next, total);
	}

	/**
	 * @throws NotFoundException when the company is not the tenant's
	 */
	CompanyDetailView detail(long tenantId, long id) {
		CompanyRecord c = dsl.selectFrom(COMPANY).where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.eq(id)).fetchOne();
		if (c == null) {
			throw new NotFoundException("company", id);
		}
		Record summary = dsl
			.select(DSL.count(), DSL.count(CONTACT.EMAIL), DSL.count(CONTACT.PHONE), DSL.count(CONTACT.TITLE))
			.from(CONTACT)
			.where(CONTACT.TENANT_ID.eq(tenantId), CONTACT.COMPANY_ID.eq(id))
			.fetchOne();
		return new CompanyDetailView(c.getId(), c.getName(), c.getDomain(), c.getWebsite(), c.getIndustry(),
				c.getEmployeeCount(), c.getCity(), c.getCountry(), json.readValue(c.getAttributes().data(), MAP),
				new CompanySummaryView(summary.get(0, Long.class), summary.get(1, Long.class),
						summary.get(2, Long.class), summary.get(3, Long.class)),
				c.getCreatedAt(), c.getUpdatedAt());
	}

	List<CompanyView> selected(long tenantId, List<Long> ids, Keyset.Order order) {
		return dsl.select(COMPANY.fields())
			.select(CONTACTS)
			.from(COMPANY)
			.where(COMPANY.TENANT_ID.eq(tenantId), COMPANY.ID.in(ids))
			.orderBy(order.fields())
			.fetch(r -> view(r.into(COMPANY), r.get(CONTACTS)));
	}

	/**
	 * Every matching company in the order, read with a server-side cursor (call inside a
	 * transaction).
	 */
	void forEach(long tenantId, CompanyFilter filter, Keyset.Order order, Consumer<CompanyView> each) {
		try (Cursor<Record> cursor = dsl.select(COMPANY.fields())
			.select(CONTACTS)
			.from(COMPANY)
			.where(CompanyConditions.of(tenantId, filter))
			.orderBy(order.fields())
			.fetchSize(2_000)
			.fetchLazy()) {
			for (Record r : cursor) {
				each.accept(view(r.into(COMPANY), r.get(CONTACTS)));
			}
		}
	}

	private static Condition conditions(long tenantId, Filter filter) {
		return CompanyConditions.of(tenantId, filter.toFilter());
	}

	static CompanyView view(CompanyRecord c, Integer contacts) {
		return new CompanyView(c.getId(), c.getName(), c.getDomain(), c.getWebsite(), c.getIndustry(),
				c.getEmployeeCount(), c.getCity(), c.getCountry(), contacts == null ? 0 : contacts, c.getCreatedAt(),
				c.getUpdatedAt());
	}

}
