package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one chunk in a handful of set-based statements, in the chunk's transaction: the rejected rows and
 * warnings, the companies (by domain, else by name), the contacts (one upsert keyed by the lower-cased e-mail), and
 * the import's counts. A chunk is committed with the reader's position, so a restart neither repeats nor
 * skips a row.
 */
class ContactUpsertWriter implements ItemWriter<ImportRow> {

	private static final Logger log = LoggerFactory.getLogger(ContactUpsertWriter.class);

	private final DSLContext dsl;

	private final ImportPlan plan;

	private final JsonMapper json;

	private final CompanyLinker companies;

	ContactUpsertWriter(DSLContext dsl, ImportPlan plan, JsonMapper json) {
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
		// The chunk's statements look up at most a chunk's keys, always best done through their unique indexes.
		// But a tenant's first import fills tables faster than autovacuum analyses them, and with statistics of
		// an almost empty table the planner scans all of the tenant's rows for each chunk instead (the import
		// then slows down chunk after chunk). So, for this transaction only: fresh plans, index lookups.
		dsl.execute("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
				+ "set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)");
		int warnings = writeIssues(chunk.getItems());
		long issuesDone = System.nanoTime();
		ChunkMerger.Merged merged = ChunkMerger.merge(accepted, plan.overwrite());
		CompanyLinker.Links links = companies.link(merged.contacts());
		long companiesDone = System.nanoTime();
		Counts counts = upsertContacts(merged.contacts(), links);
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
			.set(CONTACT_IMPORT.DUPLICATES, CONTACT_IMPORT.DUPLICATES.plus(counts.duplicates() + merged.duplicates()))
			.set(CONTACT_IMPORT.REJECTED, CONTACT_IMPORT.REJECTED.plus(rejected))
			.set(CONTACT_IMPORT.WARNINGS, CONTACT_IMPORT.WARNINGS.plus(warnings))
			.set(CONTACT_IMPORT.COMPANIES_CREATED, CONTACT_IMPORT.COMPANIES_CREATED.plus(links.created()))
			.where(CONTACT_IMPORT.ID.eq(plan.importId()))
			.execute();
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
			String raw = row.rejected() ? json.writeValueAsString(row.rawValues().stream()
				.map(ContactRowNormaliser::shown).toList()) : null;
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
			ArrayStatements.update(dsl, """
					INSERT INTO contact_import_issue (tenant_id, import_id, line, severity, column_name, value, reason, fields)
					SELECT ?, ?, t.line, t.severity::import_issue_severity, t.column_name, t.value, t.reason, t.fields::jsonb
					FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
					     AS t(line, severity, column_name, value, reason, fields)
					""", plan.tenantId(), plan.importId(), lines.toArray(Long[]::new), severities.toArray(String[]::new),
					columns.toArray(String[]::new), values.toArray(String[]::new), reasons.toArray(String[]::new),
					fields.toArray(String[]::new));
		}
		return warnings;
	}

	/** New contacts, contacts this import touched before (duplicates), and other existing contacts (updated). */
	private record Counts(long inserted, long duplicates, long updated) {
	}

	private Counts upsertContacts(List<ContactFields> contacts, CompanyLinker.Links links) {
		int n = contacts.size();
		String[] emails = new String[n], firstNames = new String[n], lastNames = new String[n], titles = new String[n],
				phones = new String[n], cities = new String[n], countries = new String[n], linkedin = new String[n],
				attributes = new String[n];
		Long[] companyIds = new Long[n];
		List<String> keys = new ArrayList<>(n);
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
			if (c.email() != null) {
				keys.add(c.email());
			}
		}
		// Every contact matched is updated; those this import touched before are duplicates within the file.
		// Counting "updated" as the rest keeps the sum exact even if another import inserted one meanwhile.
		return ArrayStatements.query(dsl, upsertSql(plan.overwrite()), rows -> {
			rows.next();
			return new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3) - rows.getLong(2));
		}, emails, firstNames, lastNames, titles, phones, cities, countries, linkedin, companyIds, attributes,
				keys.toArray(String[]::new), plan.tenantId(), plan.tenantId(), plan.importId(), plan.importId(),
				plan.importId());
	}

	/**
	 * The contact upsert; binds: ten column arrays, lower-cased e-mails, tenant, tenant, import id three times.
	 * Answers the inserted, the matched contacts last touched by this import, and all matched contacts, counted
	 * without joining the two sets (the planner cannot know their sizes before a chunk arrives).
	 * Lookups compare the stored {@code email_key} with {@code =}: under row level security only leakproof
	 * conditions become index conditions, and {@code lower()} is not (see migration V8).
	 */
	static String upsertSql(boolean overwrite) {
		String merge = overwrite ? "coalesce(excluded.%1$s, contact.%1$s)" : "coalesce(contact.%1$s, excluded.%1$s)";
		StringBuilder set = new StringBuilder();
		for (String column : List.of("first_name", "last_name", "title", "phone", "city", "country", "linkedin_url",
				"company_id")) {
			set.append(column).append(" = ").append(merge.formatted(column)).append(", ");
		}
		set.append(overwrite ? "attributes = contact.attributes || excluded.attributes"
				: "attributes = excluded.attributes || contact.attributes");
		return """
				WITH input AS (
				    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				                         ?::text[], ?::bigint[], ?::text[])
				         AS t(email, first_name, last_name, title, phone, city, country, linkedin_url, company_id, attributes)
				), prior AS (
				    SELECT c.last_import_id FROM unnest(?::text[]) AS k(email_key)
				    JOIN contact c ON c.tenant_id = ? AND c.email_key IS NOT NULL AND c.email_key = k.email_key
				), upserted AS (
				    INSERT INTO contact AS contact (tenant_id, email, first_name, last_name, title, phone, city, country,
				                                    linkedin_url, company_id, attributes, source_import_id, last_import_id)
				    SELECT ?, email, first_name, last_name, title, phone, city, country, linkedin_url, company_id,
				           attributes::jsonb, ?, ?
				    FROM input
				    ON CONFLICT (tenant_id, email_key) WHERE email_key IS NOT NULL DO UPDATE SET
				        %s, last_import_id = excluded.last_import_id
				    RETURNING (contact.xmax = 0) AS inserted
				)
				SELECT (SELECT count(*) FROM upserted WHERE inserted),
				       (SELECT count(*) FROM prior WHERE last_import_id = ?),
				       (SELECT count(*) FROM upserted WHERE NOT inserted)
				""".formatted(set);
	}

}
