package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.COMPANY;
import static dev.leadline.db.jooq.Tables.CONTACT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_STAGE;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_ISSUE;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.platform.RunTrigger;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Uploads, starts and inspects imports for tests, each in its tenant's scope. */
@Component
public class ImportTestSupport {

	private final DSLContext dsl;

	private final ContactImports imports;

	ImportTestSupport(DSLContext dsl, ContactImports imports) {
		this.dsl = dsl;
		this.imports = imports;
	}

	public long upload(long tenant, String csv) {
		return upload(tenant, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

	long upload(long tenant, InputStream in) {
		return as(tenant, () -> imports.upload(tenant, null, "test.csv", in));
	}

	public long start(long tenant, long importId) {
		return as(tenant, () -> imports.start(importId, RunTrigger.system("test"), null).runId());
	}

	public void confirm(long tenant, long importId, MappingChoice choice) {
		as(tenant, () -> {
			imports.confirm(importId, choice);
			return null;
		});
	}

	/** The lines of the sample rows as the mapping step's preview numbers them. */
	public List<Long> previewLines(long tenant, long importId) {
		return as(tenant, () -> {
			ContactImportRecord row = importRow(tenant, importId);
			List<ColumnMapping> suggested = imports.suggestions(row).stream().map(SuggestedColumn::toMapping).toList();
			return imports.preview(importId, new MappingChoice(suggested, ImportExistingPolicy.FILL_BLANKS, null, true))
				.stream()
				.map(PreviewRow::line)
				.toList();
		});
	}

	public ContactImportRecord importRow(long tenant, long importId) {
		return as(tenant, () -> dsl.selectFrom(CONTACT_IMPORT).where(CONTACT_IMPORT.ID.eq(importId)).fetchSingle());
	}

	/**
	 * Every contact of the tenant as one comparable line, ordered by e-mail then name.
	 */
	public List<String> contacts(long tenant) {
		return as(tenant, () -> dsl
			.select(DSL.concat(DSL.coalesce(CONTACT.EMAIL, ""), DSL.inline("|"), DSL.coalesce(CONTACT.FIRST_NAME, ""),
					DSL.inline("|"), DSL.coalesce(CONTACT.LAST_NAME, ""), DSL.inline("|"),
					DSL.coalesce(CONTACT.TITLE, ""), DSL.inline("|"), DSL.coalesce(CONTACT.PHONE, ""), DSL.inline("|"),
					DSL.coalesce(CONTACT.CITY, ""), DSL.inline("|"), DSL.coalesce(CONTACT.COUNTRY, ""), DSL.inline("|"),
					DSL.coalesce(CONTACT.LINKEDIN_URL, ""), DSL.inline("|"), DSL.coalesce(COMPANY.DOMAIN, ""),
					DSL.inline("|"), DSL.coalesce(COMPANY.NAME, ""), DSL.inline("|"),
					CONTACT.ATTRIBUTES.cast(String.class)))
			.from(CONTACT)
			.leftJoin(COMPANY)
			.on(COMPANY.ID.eq(CONTACT.COMPANY_ID))
			.orderBy(CONTACT.EMAIL, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.PHONE)
			.fetch(0, String.class));
	}

	public List<String> issues(long tenant, long importId) {
		return as(tenant, () -> dsl
			.select(DSL.concat(CONTACT_IMPORT_ISSUE.LINE.cast(String.class), DSL.inline(" "),
					CONTACT_IMPORT_ISSUE.SEVERITY.cast(String.class), DSL.inline(" "),
					DSL.coalesce(CONTACT_IMPORT_ISSUE.COLUMN_NAME, "-"), DSL.inline(": "), CONTACT_IMPORT_ISSUE.REASON))
			.from(CONTACT_IMPORT_ISSUE)
			.where(CONTACT_IMPORT_ISSUE.IMPORT_ID.eq(importId))
			.orderBy(CONTACT_IMPORT_ISSUE.LINE, CONTACT_IMPORT_ISSUE.ID)
			.fetch(0, String.class));
	}

	/** Rows the import has staged and not merged yet. */
	public int stagedRows(long tenant, long importId) {
		return as(tenant, () -> dsl.fetchCount(CONTACT_IMPORT_STAGE, CONTACT_IMPORT_STAGE.IMPORT_ID.eq(importId)));
	}

	public int companies(long tenant) {
		return as(tenant, () -> dsl.fetchCount(COMPANY));
	}

	public <T> T as(long tenant, java.util.function.Supplier<T> work) {
		return TenantContext.call(TenantScope.tenant(tenant), work);
	}

}
