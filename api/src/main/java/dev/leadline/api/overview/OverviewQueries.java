package dev.leadline.api.overview;

import dev.leadline.api.overview.OverviewView.CompletenessView;
import dev.leadline.api.overview.OverviewView.CreatedPerDayView;
import dev.leadline.api.overview.OverviewView.ImportsPerDayView;
import dev.leadline.api.overview.OverviewView.JobsPerDayView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * The overview's figures, each one query naming the tenant. Days are UTC days; the per-day series come from
 * generate_series joined to the counts, so every day of the window is present.
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
        CompletenessView completeness = dsl.fetchOne("""
                SELECT count(*), count(email), count(phone), count(title), count(company_id)
                FROM contact WHERE tenant_id = ?""", tenantId).map(r -> new CompletenessView(
                r.get(0, Long.class), r.get(1, Long.class), r.get(2, Long.class), r.get(3, Long.class),
                r.get(4, Long.class)));
        long companies = dsl.fetchOne("SELECT count(*) FROM company WHERE tenant_id = ?", tenantId).get(0, Long.class);
        return new OverviewView(days, completeness.contacts(), companies,
                created("contact", tenantId, first, last), created("company", tenantId, first, last),
                imports(tenantId, first, last), jobs(tenantId, first, last), completeness);
    }

    private List<CreatedPerDayView> created(String table, long tenantId, LocalDate first, LocalDate last) {
        // table is one of two constants, never input.
        return dsl.fetch("""
                SELECT d.day::date, coalesce(c.n, 0)
                FROM generate_series(?::date, ?::date, interval '1 day') AS d(day)
                LEFT JOIN (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n FROM %s
                           WHERE tenant_id = ? AND created_at >= (?::date) AT TIME ZONE 'UTC'
                           GROUP BY 1) c ON c.day = d.day::date
                ORDER BY d.day""".formatted(table), first, last, tenantId, first)
                .map(r -> new CreatedPerDayView(day(r), r.get(1, Long.class)));
    }

    private List<ImportsPerDayView> imports(long tenantId, LocalDate first, LocalDate last) {
        return dsl.fetch("""
                SELECT d.day::date, coalesce(i.n, 0), coalesce(i.rows, 0), coalesce(i.rejected, 0)
                FROM generate_series(?::date, ?::date, interval '1 day') AS d(day)
                LEFT JOIN (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n, sum(rows_read) AS rows,
                                  sum(rejected) AS rejected
                           FROM contact_import WHERE tenant_id = ? AND created_at >= (?::date) AT TIME ZONE 'UTC'
                           GROUP BY 1) i ON i.day = d.day::date
                ORDER BY d.day""", first, last, tenantId, first)
                .map(r -> new ImportsPerDayView(day(r), r.get(1, Long.class), r.get(2, Long.class), r.get(3, Long.class)));
    }

    private List<JobsPerDayView> jobs(long tenantId, LocalDate first, LocalDate last) {
        return dsl.fetch("""
                SELECT d.day::date, coalesce(j.completed, 0), coalesce(j.failed, 0), coalesce(j.stopped, 0)
                FROM generate_series(?::date, ?::date, interval '1 day') AS d(day)
                LEFT JOIN (SELECT (finished_at AT TIME ZONE 'UTC')::date AS day,
                                  count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                                  count(*) FILTER (WHERE status IN ('FAILED', 'ABANDONED')) AS failed,
                                  count(*) FILTER (WHERE status = 'STOPPED') AS stopped
                           FROM job_run WHERE tenant_id = ? AND finished_at >= (?::date) AT TIME ZONE 'UTC'
                           GROUP BY 1) j ON j.day = d.day::date
                ORDER BY d.day""", first, last, tenantId, first)
                .map(r -> new JobsPerDayView(day(r), r.get(1, Long.class), r.get(2, Long.class), r.get(3, Long.class)));
    }

    private static LocalDate day(Record r) {
        return r.get(0, LocalDate.class);
    }
}
