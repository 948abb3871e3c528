package dev.leadline.api.contacts;

import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_ENRICHMENT;

import dev.leadline.api.system.paging.Keyset;
import dev.leadline.api.system.warmup.WarmupTask;
import dev.leadline.jobs.selection.ContactFilter;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contacts page as a request reads it, in each order, first and later pages: the query
 * (no rows in the warm-up's scope), then made-up rows through the same mapping, domain
 * lookup and JSON as a page of 50.
 */
@Component
class ContactBrowseWarmup implements WarmupTask {

	private static final List<Keyset.Order> ORDERS = Stream
		.of("-created", "created", "name", "-name", "company", "-company", "-updated", "updated")
		.map(ContactSort::parse)
		.toList();

	private static final int LIMIT = 50;

	private final ContactQueries queries;

	private final JsonMapper json;

	private final List<Record> rows;

	ContactBrowseWarmup(ContactQueries queries, JsonMapper json, DSLContext dsl) {
		this.queries = queries;
		this.json = json;
		this.rows = IntStream.rangeClosed(1, LIMIT + 1).mapToObj(i -> row(dsl, i)).toList();
	}

	@Override
	public void run(int round) {
		Keyset.Order order = WarmupTask.variant(ORDERS, round);
		String cursor = !WarmupTask.laterPage(ORDERS, round) ? null
				: order.cursorAfter(ContactSort.keyOf(order, rows.get(0)), rows.get(0).get(CONTACT.ID));
		queries.page(NO_TENANT, ContactFilter.ALL, order, cursor, LIMIT, false, null);
		json.writeValue(OutputStream.nullOutputStream(), queries.pageOf(NO_TENANT, rows, order, LIMIT, null, null));
	}

	private static Record row(DSLContext dsl, int i) {
		OffsetDateTime created = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(i);
		Record row = dsl.newRecord(ContactQueries.LISTED.toArray(org.jooq.Field[]::new));
		row.set(CONTACT.ID, (long) i);
		row.set(CONTACT.EMAIL, "person" + i + "@warmup.invalid");
		row.set(CONTACT.FIRST_NAME, "First" + i);
		row.set(CONTACT.LAST_NAME, "Last" + i);
		row.set(CONTACT.TITLE, "Head of Sales Operations");
		row.set(CONTACT.PHONE, "+4930123456" + i);
		row.set(CONTACT.CITY, "Berlin");
		row.set(CONTACT.COUNTRY, "DE");
		row.set(CONTACT.LINKEDIN_URL, "https://www.linkedin.com/in/person" + i);
		row.set(CONTACT_ENRICHMENT.SENIORITY, i % 3 == 0 ? null : "manager");
		row.set(CONTACT_ENRICHMENT.DEPARTMENT, i % 3 == 0 ? null : "sales");
		row.set(CONTACT_ENRICHMENT.EMAIL_STATUS, i % 3 == 0 ? null : "valid");
		row.set(CONTACT.COMPANY_ID, i % 5 == 0 ? null : (long) i % 7);
		row.set(CONTACT.COMPANY_NAME, i % 5 == 0 ? null : "Company " + i % 7);
		row.set(CONTACT.NAME_KEY, "last" + i + " first" + i);
		row.set(CONTACT.COMPANY_SORT, "company " + i % 7);
		row.set(CONTACT.CREATED_AT, created);
		row.set(CONTACT.UPDATED_AT, created);
		return row;
	}

}
