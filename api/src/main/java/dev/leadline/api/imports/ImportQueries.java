package dev.leadline.api.imports;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT_ISSUE;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.api.system.paging.Cursor;
import dev.leadline.db.jooq.enums.ImportIssueSeverity;
import dev.leadline.db.jooq.enums.JobRunStatus;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.jobs.csvimport.ColumnMapping;
import dev.leadline.jobs.csvimport.ContactImports;
import dev.leadline.jobs.csvimport.ImportNotFoundException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads imports in the caller's tenant, with their run's status. */
@Component
class ImportQueries {

	private static final TypeReference<List<List<String>>> ROWS = new TypeReference<>() {
	};

	private static final TypeReference<List<ColumnMapping>> MAPPING = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> FIELDS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	private final ContactImports imports;

	ImportQueries(DSLContext dsl, JsonMapper json, ContactImports imports) {
		this.dsl = dsl;
		this.json = json;
		this.imports = imports;
	}

	ImportPage page(int limit, String cursor) {
		Condition where = cursor == null ? org.jooq.impl.DSL.noCondition()
				: CONTACT_IMPORT.ID.lt(Cursor.decodeId(cursor));
		List<ImportSummaryView> rows = dsl.select(CONTACT_IMPORT.fields())
			.select(JOB_RUN.STATUS)
			.from(CONTACT_IMPORT)
			.leftJoin(JOB_RUN)
			.on(JOB_RUN.ID.eq(CONTACT_IMPORT.JOB_RUN_ID))
			.where(where)
			.orderBy(CONTACT_IMPORT.ID.desc())
			.limit(limit + 1)
			.fetch(r -> {
				ContactImportRecord row = r.into(CONTACT_IMPORT);
				return new ImportSummaryView(row.getId(), row.getFileName(), row.getSizeBytes(),
						ImportStatus.of(r.get(JOB_RUN.STATUS)), row.getJobRunId(), row.getEstimatedRows(), counts(row),
						row.getCreatedAt(), row.getFinishedAt());
			});
		return Cursor.page(rows, limit, ImportSummaryView::id, ImportPage::new);
	}

	/**
	 * @throws ImportNotFoundException when the import is not the caller's tenant's
	 */
	ImportView detail(long id) {
		Record r = dsl.select(CONTACT_IMPORT.fields())
			.select(JOB_RUN.STATUS, JOB_RUN.FAILURE_MESSAGE)
			.from(CONTACT_IMPORT)
			.leftJoin(JOB_RUN)
			.on(JOB_RUN.ID.eq(CONTACT_IMPORT.JOB_RUN_ID))
			.where(CONTACT_IMPORT.ID.eq(id))
			.fetchOne();
		if (r == null) {
			throw new ImportNotFoundException(id);
		}
		ContactImportRecord row = r.into(CONTACT_IMPORT);
		JobRunStatus run = r.get(JOB_RUN.STATUS);
		Map<String, Object> detected = json.readValue(row.getDetected().data(), MAP);
		List<List<String>> sample = json.readValue(row.getSampleRows().data(), ROWS);
		return new ImportView(row.getId(), row.getFileName(), row.getSizeBytes(), row.getSha256(), ImportStatus.of(run),
				row.getJobRunId(),
				new ImportFormatView(String.valueOf(detected.get("encoding")),
						String.valueOf(detected.get("delimiter")), String.valueOf(detected.get("quote")),
						!Boolean.FALSE.equals(detected.get("hasHeader")),
						detected.get("confidence") == null ? null
								: json.convertValue(detected.get("confidence"), ImportFormatConfidenceView.class)),
				new ImportFormatView(row.getEncoding(), row.getDelimiter(), row.getQuote(), row.getHasHeader(),
						row.getFormatConfidence() == null ? null
								: json.readValue(row.getFormatConfidence().data(), ImportFormatConfidenceView.class)),
				Boolean.TRUE.equals(detected.get("hasBom")), row.getEstimatedRows(), Arrays.asList(row.getHeaders()),
				sample, imports.suggestions(row),
				row.getMapping() == null ? null : json.readValue(row.getMapping().data(), MAPPING),
				new ImportOptionsView(row.getExistingPolicy(), row.getDefaultCountry(), row.getAllowWithoutEmail(),
						row.getFillMissingValues()),
				counts(row), run == JobRunStatus.FAILED ? r.get(JOB_RUN.FAILURE_MESSAGE) : null, row.getCreatedAt(),
				row.getStartedAt(), row.getFinishedAt(), row.getFileRemovedAt(), shortRows(sample, row.getHeaders()),
				sameFile(row));
	}

	private static int shortRows(List<List<String>> sample, String[] headers) {
		return (int) sample.stream().filter(values -> values.size() < headers.length).count();
	}

	/**
	 * The tenant's latest import started before this one with a file of the same SHA-256
	 * (the index on tenant, hash and id finds it), or null.
	 */
	private SameFileView sameFile(ContactImportRecord row) {
		return dsl.selectFrom(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.TENANT_ID.eq(row.getTenantId()))
			.and(CONTACT_IMPORT.SHA256.eq(row.getSha256()))
			.and(CONTACT_IMPORT.ID.ne(row.getId()))
			.and(CONTACT_IMPORT.STARTED_AT.isNotNull())
			.orderBy(CONTACT_IMPORT.ID.desc())
			.limit(1)
			.fetchOptional(earlier -> {
				OffsetDateTime at = earlier.getFinishedAt() != null ? earlier.getFinishedAt() : earlier.getStartedAt();
				return new SameFileView(earlier.getId(), earlier.getFileName(), at,
						"This file was already imported on " + at.toLocalDate() + " (import " + earlier.getId() + ", "
								+ earlier.getFileName() + "). You can import it again: rows whose contacts it "
								+ "would not change are counted as unchanged.");
			})
			.orElse(null);
	}

	/**
	 * The headers of the import, for the error report; @throws ImportNotFoundException
	 */
	List<String> headers(long id) {
		String[] headers = dsl.select(CONTACT_IMPORT.HEADERS)
			.from(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.ID.eq(id))
			.fetchOptional(CONTACT_IMPORT.HEADERS)
			.orElseThrow(() -> new ImportNotFoundException(id));
		return Arrays.asList(headers);
	}

	/**
	 * Streams the import's issues in line order: line, severity, column, value, reason,
	 * the row's fields.
	 */
	void issues(long id, boolean warnings, Consumer<ImportIssueLine> sink) {
		Condition severity = warnings ? org.jooq.impl.DSL.noCondition()
				: CONTACT_IMPORT_ISSUE.SEVERITY.eq(ImportIssueSeverity.ERROR);
		try (var cursor = dsl.selectFrom(CONTACT_IMPORT_ISSUE)
			.where(CONTACT_IMPORT_ISSUE.IMPORT_ID.eq(id))
			.and(severity)
			.orderBy(CONTACT_IMPORT_ISSUE.LINE, CONTACT_IMPORT_ISSUE.ID)
			.fetchSize(1000)
			.fetchLazy()) {
			for (var issue : cursor) {
				sink.accept(new ImportIssueLine(issue.getLine(), issue.getSeverity(), issue.getColumnName(),
						issue.getValue(), issue.getReason(),
						issue.getFields() == null ? List.of() : json.readValue(issue.getFields().data(), FIELDS)));
			}
		}
	}

	record ImportIssueLine(long line, ImportIssueSeverity severity, String column, String value, String reason,
			List<String> fields) {
	}

	private static ImportCountsView counts(ContactImportRecord row) {
		return new ImportCountsView(row.getRowsRead(), row.getInserted(), row.getUpdated(), row.getUnchanged(),
				row.getDuplicates(), row.getRejected(), row.getWarnings(), row.getCompaniesCreated(), row.getStaged(),
				row.getMerged());
	}

}
