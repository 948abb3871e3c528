package dev.leadline.api.companies;

import static dev.leadline.db.jooq.Tables.COMPANY;

import dev.leadline.api.system.paging.Keyset;
import dev.leadline.api.system.warmup.WarmupTask;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A companies page as a request reads it, in each order, first and later pages: the query
 * (no rows in the warm-up's scope), then made-up rows through the same mapping and JSON
 * as a page of 50.
 */
@Component
class CompanyBrowseWarmup implements WarmupTask {

	private static final List<Keyset.Order> ORDERS = Stream
		.of("name", "-name", "-created", "created", "-updated", "updated")
		.map(CompanySort::parse)
		.toList();

	private static final int LIMIT = 50;

	private final CompanyQueries queries;

	private final JsonMapper json;

	private final List<Record> rows;

	CompanyBrowseWarmup(CompanyQueries queries, JsonMapper json, DSLContext dsl) {
		this.queries = queries;
		this.json = json;
		this.rows = IntStream.rangeClosed(1, LIMIT + 1).mapToObj(i -> row(dsl, i)).toList();
	}

	@Override
	public void run(int round) {
		Keyset.Order order = WarmupTask.variant(ORDERS, round);
		Record first = rows.get(0);
		String cursor = !WarmupTask.laterPage(ORDERS, round) ? null
				: order.cursorAfter(order.key() == null ? null : first.get(order.key()), first.get(COMPANY.ID));
		queries.page(NO_TENANT, new CompanyQueries.Filter(null, null, null), order, cursor, LIMIT, false);
		json.writeValue(OutputStream.nullOutputStream(), CompanyQueries.pageOf(rows, order, LIMIT, null));
	}

	private static Record row(DSLContext dsl, int i) {
		OffsetDateTime created = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(i);
		Record row = dsl.newRecord(
				Stream.concat(Stream.of(COMPANY.fields()), Stream.of(CompanyQueries.CONTACTS)).toArray(Field[]::new));
		row.set(COMPANY.ID, (long) i);
		row.set(COMPANY.NAME, "Company " + i);
		row.set(COMPANY.NAME_KEY, "company " + i);
		row.set(COMPANY.DOMAIN, "company" + i + ".invalid");
		row.set(COMPANY.WEBSITE, "https://company" + i + ".invalid");
		row.set(COMPANY.CITY, "Berlin");
		row.set(COMPANY.COUNTRY, "DE");
		row.set(COMPANY.CREATED_AT, created);
		row.set(COMPANY.UPDATED_AT, created);
		row.set(CompanyQueries.CONTACTS, i % 11);
		return row;
	}

}
