package dev.leadline.jobs.csvimport.writing;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import dev.leadline.jobs.csvimport.ContactFields;
import dev.leadline.jobs.csvimport.RowIssue;
import dev.leadline.jobs.csvimport.reading.ContactRowNormaliser;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import dev.leadline.jobs.csvimport.reading.ImportRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first phase of an import: writes one chunk in a handful of set-based statements, in
 * the chunk's transaction: the rejected rows and warnings, the companies (by domain, else
 * by name), the contacts into the import's stage (one row per lower-cased e-mail, a
 * repeated address merged into the row staged before) and the import's counts. A chunk is
 * committed with the reader's position, so a restart neither repeats nor skips a row.
 * Rows without an e-mail have nothing to merge on and go straight into {@code contact}.
 * The staged rows reach {@code contact} in the second phase, {@link StagedContactMerge}.
 */
public class ContactStagingWriter implements ItemWriter<ImportRow> {

	private static final Logger log = LoggerFactory.getLogger(ContactStagingWriter.class);

	private final DSLContext dsl;

	private final ImportPlan plan;

	private final JsonMapper json;

	private final CompanyLinker companies;

	public ContactStagingWriter(DSLContext dsl, ImportPlan plan, JsonMapper json) {
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
		dsl.execute(ArrayStatements.INDEX_LOOKUPS_ONLY);
		int warnings = writeIssues(chunk.getItems());
		long issuesDone = System.nanoTime();
		ChunkMerger.Merged merged = ChunkMerger.merge(accepted, plan.overwrite());
		CompanyLinker.Links links = companies.link(merged.contacts());
		long companiesDone = System.nanoTime();
		List<ContactFields> keyed = new ArrayList<>(merged.contacts().size());
		List<ContactFields> unkeyed = new ArrayList<>();
		for (ContactFields contact : merged.contacts()) {
			(contact.email() != null ? keyed : unkeyed).add(contact);
		}
		// In e-mail order, the chunk's inserts into the stage's key land on neighbouring
		// pages.
		keyed.sort(Comparator.comparing(ContactFields::email));
		long earlier = stage(keyed, links);
		Counts counts = unkeyed.isEmpty() ? new Counts(0, 0, 0, 0) : upsertContacts(unkeyed, links);
		recordAttributeNames(merged.contacts());
		long contactsDone = System.nanoTime();
		if (log.isDebugEnabled()) {
			log.debug("Import {}: {} rows staged in {} ms (issues {} ms, companies {} ms, contacts {} ms)",
					plan.importId(), chunk.size(), (contactsDone - start) / 1_000_000, (issuesDone - start) / 1_000_000,
					(companiesDone - issuesDone) / 1_000_000, (contactsDone - companiesDone) / 1_000_000);
		}
		dsl.update(CONTACT_IMPORT)
			.set(CONTACT_IMPORT.ROWS_READ, CONTACT_IMPORT.ROWS_READ.plus(chunk.size()))
			.set(CONTACT_IMPORT.INSERTED, CONTACT_IMPORT.INSERTED.plus(counts.inserted()))
			.set(CONTACT_IMPORT.UPDATED, CONTACT_IMPORT.UPDATED.plus(counts.updated()))
			.set(CONTACT_IMPORT.UNCHANGED, CONTACT_IMPORT.UNCHANGED.plus(counts.unchanged()))
			.set(CONTACT_IMPORT.DUPLICATES,
					CONTACT_IMPORT.DUPLICATES.plus(counts.duplicates() + merged.duplicates() + earlier))
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
	record Counts(long inserted, long duplicates, long updated, long unchanged) {
	}

	/** Eleven column arrays in the order of {@link ContactUpsertSql#INPUT_COLUMNS}. */
	private Object[] columns(List<ContactFields> contacts, CompanyLinker.Links links) {
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
		return new Object[] { emails, firstNames, lastNames, titles, phones, cities, countries, linkedin, companyIds,
				attributes, companyNames };
	}

	/** Stages the chunk's contacts; answers how many met a row staged before. */
	private long stage(List<ContactFields> contacts, CompanyLinker.Links links) {
		if (contacts.isEmpty()) {
			return 0;
		}
		Object[] binds = Arrays.copyOf(columns(contacts, links), 13);
		binds[11] = plan.importId();
		binds[12] = plan.tenantId();
		return ArrayStatements.query(dsl, ContactUpsertSql.stageUpsert(plan.overwrite()), rows -> {
			rows.next();
			return rows.getLong(1);
		}, binds);
	}

	/** Contacts without an e-mail, written straight into {@code contact}. */
	private Counts upsertContacts(List<ContactFields> contacts, CompanyLinker.Links links) {
		Object[] binds = Arrays.copyOf(columns(contacts, links), 15);
		binds[11] = plan.tenantId();
		binds[12] = plan.importId();
		binds[13] = plan.importId();
		binds[14] = plan.importId();
		int n = contacts.size();
		return ArrayStatements.query(dsl,
				ContactUpsertSql.contactUpsert(plan.overwrite(), ContactUpsertSql.ARRAY_INPUT), rows -> {
					rows.next();
					return new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3) - rows.getLong(2),
							n - rows.getLong(4));
				}, binds);
	}

}
