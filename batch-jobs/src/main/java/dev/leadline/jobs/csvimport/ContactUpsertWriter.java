package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record3;
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
		int warnings = writeIssues(chunk.getItems());
		ChunkMerger.Merged merged = ChunkMerger.merge(accepted, plan.overwrite());
		CompanyLinker.Links links = companies.link(merged.contacts());
		Record3<Long, Long, Long> counts = upsertContacts(merged.contacts(), links);
		dsl.update(CONTACT_IMPORT)
			.set(CONTACT_IMPORT.ROWS_READ, CONTACT_IMPORT.ROWS_READ.plus(chunk.size()))
			.set(CONTACT_IMPORT.INSERTED, CONTACT_IMPORT.INSERTED.plus(counts.value1()))
			.set(CONTACT_IMPORT.UPDATED, CONTACT_IMPORT.UPDATED.plus(counts.value3()))
			.set(CONTACT_IMPORT.DUPLICATES, CONTACT_IMPORT.DUPLICATES.plus(counts.value2() + merged.duplicates()))
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
			dsl.execute("""
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

	/** Inserted, duplicates (already touched by this import) and updated (contacts that existed before). */
	private Record3<Long, Long, Long> upsertContacts(List<ContactFields> contacts, CompanyLinker.Links links) {
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
		return dsl.resultQuery(upsertSql(plan.overwrite()), emails, firstNames, lastNames, titles, phones, cities,
				countries, linkedin, companyIds, attributes, plan.tenantId(), keys.toArray(String[]::new), plan.tenantId(),
				plan.importId(), plan.importId(), plan.importId(), plan.importId())
			.coerce(org.jooq.impl.DSL.field("a", Long.class), org.jooq.impl.DSL.field("b", Long.class),
					org.jooq.impl.DSL.field("c", Long.class))
			.fetchSingle();
	}

	/**
	 * The contact upsert; binds: ten column arrays, tenant, lower-cased e-mails, tenant, import id four times.
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
				    SELECT c.email_key, c.last_import_id FROM contact c
				    WHERE c.tenant_id = ? AND c.email_key IS NOT NULL AND c.email_key = ANY (?::text[])
				), upserted AS (
				    INSERT INTO contact AS contact (tenant_id, email, first_name, last_name, title, phone, city, country,
				                                    linkedin_url, company_id, attributes, source_import_id, last_import_id)
				    SELECT ?, email, first_name, last_name, title, phone, city, country, linkedin_url, company_id,
				           attributes::jsonb, ?, ?
				    FROM input
				    ON CONFLICT (tenant_id, email_key) WHERE email_key IS NOT NULL DO UPDATE SET
				        %s, last_import_id = excluded.last_import_id
				    RETURNING contact.email_key, (contact.xmax = 0) AS inserted
				)
				SELECT count(*) FILTER (WHERE u.inserted),
				       count(*) FILTER (WHERE NOT u.inserted AND p.last_import_id = ?),
				       count(*) FILTER (WHERE NOT u.inserted AND p.last_import_id IS DISTINCT FROM ?)
				FROM upserted u LEFT JOIN prior p ON p.email_key = u.email_key
				""".formatted(set);
	}

}
