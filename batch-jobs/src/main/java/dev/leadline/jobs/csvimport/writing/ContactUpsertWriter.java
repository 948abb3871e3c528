package dev.leadline.jobs.csvimport.writing;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import dev.leadline.jobs.csvimport.ContactFields;
import dev.leadline.jobs.csvimport.RowIssue;
import dev.leadline.jobs.csvimport.reading.ContactRowNormaliser;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import dev.leadline.jobs.csvimport.reading.ImportRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one chunk in a handful of set-based statements, in the chunk's transaction: the
 * rejected rows and warnings, the companies (by domain, else by name), the contacts (one
 * upsert keyed by the lower-cased e-mail), and the import's counts. A chunk is committed
 * with the reader's position, so a restart neither repeats nor skips a row.
 */
public class ContactUpsertWriter implements ItemWriter<ImportRow> {

	private static final Logger log = LoggerFactory.getLogger(ContactUpsertWriter.class);

	private final DSLContext dsl;

	private final ImportPlan plan;

	private final JsonMapper json;

	private final CompanyLinker companies;

	public ContactUpsertWriter(DSLContext dsl, ImportPlan plan, JsonMapper json) {
		this.dsl = dsl;
		this.plan = plan;
		this.json = json;
		this.companies = new CompanyLinker(dsl, plan);
	}

	@Override
	public void write(Chunk<? extends ImportRow> chunk) {
		List<ContactFields> accepted = new ArrayList<>(chunk.size());
		int rejected = 0;
		for (ImportRow row : chunk) {
			if (row.rejected()) {
				rejected++;
			}
			else {
				accepted.add(row.contact());
			}
		}
		long start = System.nanoTime();
		// The chunk's statements look up at most a chunk's keys, always best done through
		// their unique indexes.
		// But a tenant's first import fills tables faster than autovacuum analyses them,
		// and with statistics of
		// an almost empty table the planner scans all of the tenant's rows for each chunk
		// instead (the import
		// then slows down chunk after chunk). So, for this transaction only: index
		// lookups. (The statements are
		// planned afresh for each chunk by ArrayStatements; plan_cache_mode is left
		// alone, because forcing custom
		// plans would also re-plan the foreign-key checks' queries for every row
		// inserted.)
		dsl.execute("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)");
		int warnings = writeIssues(chunk.getItems());
		long issuesDone = System.nanoTime();
		ChunkMerger.Merged merged = ChunkMerger.merge(accepted, plan.overwrite());
		CompanyLinker.Links links = companies.link(merged.contacts());
		long companiesDone = System.nanoTime();
		// In e-mail order, the chunk's inserts into the e-mail index land on neighbouring
		// pages.
		List<ContactFields> byEmail = new ArrayList<>(merged.contacts());
		byEmail.sort(Comparator.comparing(ContactFields::email, Comparator.nullsLast(Comparator.naturalOrder())));
		Counts counts = upsertContacts(byEmail, links);
		recordAttributeNames(merged.contacts());
		long contactsDone = System.nanoTime();
		if (log.isDebugEnabled()) {
			log.debug("Import {}: {} rows written in {} ms (issues {} ms, companies {} ms, contacts {} ms)",
					plan.importId(), chunk.size(), (contactsDone - start) / 1_000_000, (issuesDone - start) / 1_000_000,
					(companiesDone - issuesDone) / 1_000_000, (contactsDone - companiesDone) / 1_000_000);
		}
		dsl.update(CONTACT_IMPORT)
			.set(CONTACT_IMPORT.ROWS_READ, CONTACT_IMPORT.ROWS_READ.plus(chunk.size()))
			.set(CONTACT_IMPORT.INSERTED, CONTACT_IMPORT.INSERTED.plus(counts.inserted()))
			.set(CONTACT_IMPORT.UPDATED, CONTACT_IMPORT.UPDATED.plus(counts.updated()))
			.set(CONTACT_IMPORT.UNCHANGED, CONTACT_IMPORT.UNCHANGED.plus(counts.unchanged()))
			.set(CONTACT_IMPORT.DUPLICATES, CONTACT_IMPORT.DUPLICATES.plus(counts.duplicates() + merged.duplicates()))
			.set(CONTACT_IMPORT.REJECTED, CONTACT_IMPORT.REJECTED.plus(rejected))
			.set(CONTACT_IMPORT.WARNINGS, CONTACT_IMPORT.WARNINGS.plus(warnings))
			.set(CONTACT_IMPORT.COMPANIES_CREATED, CONTACT_IMPORT.COMPANIES_CREATED.plus(links.created()))
			.where(CONTACT_IMPORT.ID.eq(plan.importId()))
			.execute();
	}

	/**
	 * Adds the chunk's custom attribute names to the tenant's list (the column chooser
	 * reads it instead of every contact's attributes); in name order, so that two imports
	 * adding the same names wait for each other rather than deadlock.
	 */
	private void recordAttributeNames(List<ContactFields> contacts) {
		java.util.SortedSet<String> names = new java.util.TreeSet<>();
		contacts.forEach(contact -> names.addAll(contact.attributes().keySet()));
		if (!names.isEmpty()) {
			ArrayStatements.update(dsl, """
					INSERT INTO contact_attribute_key (tenant_id, name)
					SELECT ?, name FROM unnest(?::text[]) AS t(name) ORDER BY name
					ON CONFLICT (tenant_id, name) DO NOTHING
					""", plan.tenantId(), names.toArray(String[]::new));
		}
	}

	private int writeIssues(List<? extends ImportRow> rows) {
		List<Long> lines = new ArrayList<>();
		List<String> severities = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		List<String> values = new ArrayList<>();
		List<String> reasons = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		int warnings = 0;
		for (ImportRow row : rows) {
			String raw = row.rejected()
					? json.writeValueAsString(row.rawValues().stream().map(ContactRowNormaliser::shown).toList())
					: null;
			for (RowIssue issue : row.issues()) {
				lines.add(row.line());
				severities.add(issue.severity().getLiteral());
				columns.add(issue.column());
				values.add(issue.value());
				reasons.add(issue.reason());
				fields.add(raw);
				warnings += row.rejected() ? 0 : 1;
			}
		}
		if (!lines.isEmpty()) {
			ArrayStatements.update(dsl,
					"""
							INSERT INTO contact_import_issue (tenant_id, import_id, line, severity, column_name, value, reason, fields)
							SELECT ?, ?, t.line, t.severity::import_issue_severity, t.column_name, t.value, t.reason, t.fields::jsonb
							FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
							     AS t(line, severity, column_name, value, reason, fields)
							""",
					plan.tenantId(), plan.importId(), lines.toArray(Long[]::new), severities.toArray(String[]::new),
					columns.toArray(String[]::new), values.toArray(String[]::new), reasons.toArray(String[]::new),
					fields.toArray(String[]::new));
		}
		return warnings;
	}

	/**
	 * New contacts, contacts this import touched before (duplicates), other existing
	 * contacts changed (updated) and left as they were (unchanged).
	 */
	private record Counts(long inserted, long duplicates, long updated, long unchanged) {
	}

	private Counts upsertContacts(List<ContactFields> contacts, CompanyLinker.Links links) {
		int n = contacts.size();
		String[] emails = new String[n], firstNames = new String[n], lastNames = new String[n], titles = new String[n],
				phones = new String[n], cities = new String[n], countries = new String[n], linkedin = new String[n],
				attributes = new String[n], companyNames = new String[n];
		Long[] companyIds = new Long[n];
		for (int i = 0; i < n; i++) {
			ContactFields c = contacts.get(i);
			emails[i] = c.email();
			firstNames[i] = c.firstName();
			lastNames[i] = c.lastName();
			titles[i] = c.title();
			phones[i] = c.phone();
			cities[i] = c.city();
			countries[i] = c.country();
			linkedin[i] = c.linkedinUrl();
			attributes[i] = json.writeValueAsString(c.attributes());
			companyIds[i] = links.companyOf(c);
			companyNames[i] = links.companyNameOf(companyIds[i]);
		}
		// Contacts this import touched before are duplicates within the file; a matched
		// contact the merge would not change is not written, so it is missing from the
		// rows the statement answers.
		return ArrayStatements.query(dsl, upsertSql(plan.overwrite()), rows -> {
			rows.next();
			return new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3) - rows.getLong(2), n - rows.getLong(4));
		}, emails, firstNames, lastNames, titles, phones, cities, countries, linkedin, companyIds, attributes,
				companyNames, plan.tenantId(), plan.importId(), plan.importId(), plan.importId());
	}

	/**
	 * The contact upsert; binds: eleven column arrays, tenant, import id three times.
	 * Answers the inserted, the updated that this import had written before (duplicates
	 * within the file), the updated, and the rows given. A matched contact whose values
	 * the merge would not change is not written at all (its {@code updated_at} and last
	 * import stay): it is neither inserted nor updated, so it counts as unchanged. A
	 * contact this import wrote before is always written, so that a repeated e-mail in
	 * the file counts as a duplicate whether or not its values differ. The rows as they
	 * were come from PostgreSQL 18's {@code RETURNING old.*}: a separate lookup of the
	 * chunk's keys cost a probe per key, and as a join the planner (with the statistics
	 * of a table still filling up) hashed the tenant's whole index range for every chunk.
	 * The conflict target is the stored {@code email_key}: under row level security only
	 * leakproof conditions become index conditions, and {@code lower()} is not.
	 */
	static String upsertSql(boolean overwrite) {
		String merge = overwrite ? "coalesce(excluded.%1$s, contact.%1$s)" : "coalesce(contact.%1$s, excluded.%1$s)";
		List<String> columns = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (String column : List.of("first_name", "last_name", "title", "phone", "city", "country", "linkedin_url",
				"company_id")) {
			columns.add(column);
			values.add(merge.formatted(column));
		}
		// The company's name goes with the company link the merge keeps.
		columns.add("company_name");
		values.add(overwrite
				? "CASE WHEN excluded.company_id IS NULL THEN contact.company_name ELSE excluded.company_name END"
				: "CASE WHEN contact.company_id IS NULL THEN excluded.company_name ELSE contact.company_name END");
		columns.add("attributes");
		values
			.add(overwrite ? "contact.attributes || excluded.attributes" : "excluded.attributes || contact.attributes");
		StringBuilder set = new StringBuilder();
		for (int i = 0; i < columns.size(); i++) {
			set.append(columns.get(i)).append(" = ").append(values.get(i)).append(", ");
		}
		String current = "contact." + String.join(", contact.", columns);
		return """
				WITH input AS (
				    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				                         ?::text[], ?::bigint[], ?::text[], ?::text[])
				         AS t(email, first_name, last_name, title, phone, city, country, linkedin_url, company_id, attributes,
				              company_name)
				), upserted AS (
				    INSERT INTO contact AS contact (tenant_id, email, first_name, last_name, title, phone, city, country,
				                                    linkedin_url, company_id, company_name, attributes, source_import_id,
				                                    last_import_id)
				    SELECT ?, email, first_name, last_name, title, phone, city, country, linkedin_url, company_id,
				           company_name, attributes::jsonb, ?, ?
				    FROM input
				    ON CONFLICT (tenant_id, email_key) WHERE email_key IS NOT NULL DO UPDATE SET
				        %s last_import_id = excluded.last_import_id
				    WHERE contact.last_import_id IS NOT DISTINCT FROM excluded.last_import_id
				       OR ROW(%s) IS DISTINCT FROM ROW(%s)
				    RETURNING old.id IS NULL AS inserted, old.last_import_id AS prior_import_id
				)
				SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted AND prior_import_id = ?),
				       count(*) FILTER (WHERE NOT inserted), count(*)
				FROM upserted
				"""
			.formatted(set, current, String.join(", ", values));
	}

}
