package dev.leadline.api.overview;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.api.overview.OverviewView.CompletenessView;
import dev.leadline.api.overview.OverviewView.CreatedPerDayView;
import dev.leadline.api.overview.OverviewView.ImportsPerDayView;
import dev.leadline.api.overview.OverviewView.JobsPerDayView;
import dev.leadline.db.jooq.enums.JobRunStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The overview's figures, each one query naming the tenant, grouped by UTC day in SQL;
 * days without anything are filled in here, so every day of the window is present.
 */
@Component
class OverviewQueries {

	private final DSLContext dsl;

	private final Clock clock;

	OverviewQueries(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	OverviewView overview(long tenantId, int days) {
		LocalDate last = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		LocalDate first = last.minusDays(days - 1L);
		OffsetDateTime from = first.atStartOfDay().atOffset(ZoneOffset.UTC);
		Record c = dsl
			.select(DSL.count(), DSL.count(CONTACT.EMAIL), DSL.count(CONTACT.PHONE), DSL.count(CONTACT.TITLE),
					DSL.count(CONTACT.COMPANY_ID))
			.from(CONTACT)
			.where(CONTACT.TENANT_ID.eq(tenantId))
			.fetchOne();
		CompletenessView completeness = new CompletenessView(c.get(0, Long.class), c.get(1, Long.class),
				c.get(2, Long.class), c.get(3, Long.class), c.get(4, Long.class));
		long companies = dsl.fetchCount(COMPANY, COMPANY.TENANT_ID.eq(tenantId));

		Map<LocalDate, Record> contacts = perDay(CONTACT, CONTACT.CREATED_AT,
				CONTACT.TENANT_ID.eq(tenantId).and(CONTACT.CREATED_AT.ge(from)), DSL.count());
		Map<LocalDate, Record> companiesCreated = perDay(COMPANY, COMPANY.CREATED_AT,
				COMPANY.TENANT_ID.eq(tenantId).and(COMPANY.CREATED_AT.ge(from)), DSL.count());
		Map<LocalDate, Record> imports = perDay(CONTACT_IMPORT, CONTACT_IMPORT.CREATED_AT,
				CONTACT_IMPORT.TENANT_ID.eq(tenantId).and(CONTACT_IMPORT.CREATED_AT.ge(from)), DSL.count(),
				DSL.sum(CONTACT_IMPORT.ROWS_READ), DSL.sum(CONTACT_IMPORT.REJECTED));
		Map<LocalDate, Record> jobs = perDay(JOB_RUN, JOB_RUN.ENDED_AT,
				JOB_RUN.TENANT_ID.eq(tenantId).and(JOB_RUN.ENDED_AT.ge(from)),
				DSL.count().filterWhere(JOB_RUN.STATUS.eq(JobRunStatus.COMPLETED)),
				DSL.count().filterWhere(JOB_RUN.STATUS.in(JobRunStatus.FAILED, JobRunStatus.ABANDONED)),
				DSL.count().filterWhere(JOB_RUN.STATUS.eq(JobRunStatus.STOPPED)));

		return new OverviewView(days, completeness.contacts(), companies,
				series(first, last, contacts, (day, r) -> new CreatedPerDayView(day, number(r, 1))),
				series(first, last, companiesCreated, (day, r) -> new CreatedPerDayView(day, number(r, 1))),
				series(first, last, imports,
						(day, r) -> new ImportsPerDayView(day, number(r, 1), number(r, 2), number(r, 3))),
				series(first, last, jobs,
						(day, r) -> new JobsPerDayView(day, number(r, 1), number(r, 2), number(r, 3))),
				completeness);
	}

	/** The aggregates per UTC day of {@code at}, keyed by day. */
	private Map<LocalDate, Record> perDay(Table<?> table, Field<OffsetDateTime> at, Condition where,
			Field<?>... aggregates) {
		Field<LocalDate> day = DSL.field("({0} AT TIME ZONE 'UTC')::date", LocalDate.class, at);
		List<Field<?>> fields = new ArrayList<>();
		fields.add(day);
		fields.addAll(List.of(aggregates));
		Map<LocalDate, Record> byDay = new HashMap<>();
		dsl.select(fields).from(table).where(where).groupBy(day).forEach(r -> byDay.put(r.get(day), r));
		return byDay;
	}

	private static <T> List<T> series(LocalDate first, LocalDate last, Map<LocalDate, Record> byDay,
			BiFunction<LocalDate, Record, T> view) {
		List<T> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.add(view.apply(day, byDay.get(day)));
		}
		return days;
	}

	private static long number(Record r, int index) {
		if (r == null) {
			return 0;
		}
		Number value = (Number) r.get(index);
		return value == null ? 0 : value.longValue();
	}

}
