package dev.leadline.jobs.csvimport;

import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Leaves the tables an import filled ready for browsing: when it wrote a significant
 * share of {@code contact} (or created one of {@code company}), the table is vacuumed and
 * analysed as the import ends, instead of a minute or more later by autovacuum.
 * <ul>
 * <li>ANALYZE: until then the planner has the statistics of the table before the import
 * (for a tenant's first import: none of its rows), and keyset pages took 600-980 ms
 * instead of 143 ms after a 200,000-row import. It samples at most 300 x
 * {@code default_statistics_target} rows (30,000), well under a second whatever the
 * table's size.</li>
 * <li>VACUUM: the same import would otherwise start autovacuum (its insert threshold:
 * 1,000 rows + 20 % of the table) a minute later, while people browse what they imported;
 * after a 1 M-row import it vacuumed {@code contact} inside the first minute of browsing,
 * a second core's worth of work beside the requests. Vacuumed here, the pages the import
 * wrote are hinted and all-visible before the run says COMPLETED, and autovacuum has
 * nothing left to do. It reads only the pages not yet all-visible, so it costs in
 * proportion to what the import wrote.</li>
 * </ul>
 * Runs after the run's last chunk, outside any transaction ({@code VACUUM} cannot run in
 * one); the application role holds {@code MAINTAIN} on both tables (V13).
 */
@Component
class ImportStatistics {

	/**
	 * Rows written from which an import always analyses: a 10,000-row import reshapes its
	 * tenant's share of the statistics (tenant_id's common values, the histograms
	 * browsing is planned with) even when the whole table is far larger.
	 */
	static final long ALWAYS_FROM_ROWS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ImportStatistics.class);

	private final DSLContext dsl;

	ImportStatistics(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Whether {@code written} rows make statistics gathered over {@code rowsBefore} rows
	 * stale: autovacuum's own threshold (50 rows + 10 % of the table, its defaults), or
	 * {@link #ALWAYS_FROM_ROWS}. Autovacuum would analyse on the same threshold, but only
	 * after its nap (a minute by default) and once its workers are free.
	 * @param rowsBefore the table's rows as last estimated ({@code pg_class.reltuples};
	 * negative when never analysed)
	 */
	static boolean worthAnalyzing(long written, double rowsBefore) {
		return written >= ALWAYS_FROM_ROWS || written > 50 + 0.1 * Math.max(0, rowsBefore);
	}

	/**
	 * Vacuums and analyses {@code contact} and {@code company} when the import changed
	 * enough of them.
	 * @return the tables vacuumed and analysed
	 */
	List<String> refresh(ContactImportRecord row) {
		List<String> analysed = new ArrayList<>(2);
		refresh("contact", row.getInserted() + row.getUpdated(), analysed);
		refresh("company", row.getCompaniesCreated(), analysed);
		return analysed;
	}

	private void refresh(String table, long written, List<String> analysed) {
		if (written == 0) {
			return;
		}
		Double rowsBefore = dsl.resultQuery("SELECT reltuples::float8 FROM pg_class WHERE oid = to_regclass(?)", table)
			.fetchOne(0, Double.class);
		if (worthAnalyzing(written, rowsBefore == null ? -1 : rowsBefore)) {
			long start = System.nanoTime();
			dsl.execute("VACUUM (ANALYZE) " + table);
			log.info("Vacuumed and analysed {} after an import wrote {} of its rows (estimated {} before) in {} ms",
					table, written, rowsBefore, (System.nanoTime() - start) / 1_000_000);
			analysed.add(table);
		}
	}

}
