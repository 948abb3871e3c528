package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;
import static dev.leadline.db.jooq.Tables.JOB_RUN;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.jobs.csvimport.detection.CsvDetector;
import dev.leadline.jobs.csvimport.detection.Detection;
import dev.leadline.jobs.csvimport.mapping.ColumnSuggestion;
import dev.leadline.jobs.csvimport.mapping.HeaderMemory;
import dev.leadline.jobs.csvimport.mapping.LlmMappingRefiner;
import dev.leadline.jobs.csvimport.mapping.MappingRules;
import dev.leadline.jobs.csvimport.mapping.MappingSuggester;
import dev.leadline.jobs.csvimport.mapping.RejectedRowsFile;
import dev.leadline.jobs.csvimport.reading.ContactRowNormaliser;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import dev.leadline.jobs.csvimport.reading.ImportRow;
import dev.leadline.jobs.csvimport.reading.SourceRow;
import dev.leadline.jobs.platform.JobRuns;
import dev.leadline.jobs.platform.RunTicket;
import dev.leadline.jobs.platform.RunTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import lifecycle, in the caller's tenant scope: upload (store, detect, suggest),
 * change the detected format, confirm the mapping, start the run.
 */
@Service
public class ContactImports {

	private static final TypeReference<List<SuggestedColumn>> SUGGESTIONS = new TypeReference<>() {
	};

	private static final TypeReference<List<List<String>>> SAMPLE = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ImportFiles files;

	private final HeaderMemory memory;

	private final JobRuns runs;

	private final ImportProperties properties;

	private final JsonMapper json;

	private final LlmMappingRefiner llm;

	private final TransactionTemplate transactions;

	private final CsvDetector detector = new CsvDetector();

	private final MappingSuggester suggester = new MappingSuggester();

	ContactImports(DSLContext dsl, ImportFiles files, HeaderMemory memory, JobRuns runs, ImportProperties properties,
			JsonMapper json, LlmMappingRefiner llm, TransactionTemplate transactions) {
		this.llm = llm;
		this.transactions = transactions;
		this.dsl = dsl;
		this.files = files;
		this.memory = memory;
		this.runs = runs;
		this.properties = properties;
		this.json = json;
	}

	/**
	 * Stores the file, detects its format and suggests a mapping.
	 * @return the new import's id
	 * @throws ImportFiles.FileTooLargeException when it exceeds the configured limit
	 * @throws UnreadableCsvException when it is empty, binary, or has too many columns
	 */
	public long upload(long tenantId, Long userId, String fileName, InputStream content) {
		ImportFiles.StoredFile stored = files.store(tenantId, content, properties.maxFileSize().toBytes());
		try {
			Detection detection = detect(tenantId, stored.name(), stored.size(), FormatOverrides.NONE);
			ContactImportRecord row = dsl.newRecord(CONTACT_IMPORT);
			row.setTenantId(tenantId);
			row.setUploadedBy(userId);
			row.setFileName(fileName(fileName));
			row.setStoredName(stored.name());
			row.setSizeBytes(stored.size());
			row.setSha256(stored.sha256());
			row.setDetected(JSONB.valueOf(json.writeValueAsString(Map.of("encoding", detection.encoding(), "hasBom",
					detection.hasBom(), "delimiter", String.valueOf(detection.delimiter()), "quote",
					String.valueOf(detection.quote()), "hasHeader", detection.hasHeader(), "confidence",
					detection.confidence(), "linesSkipped", detection.linesSkipped()))));
			apply(row, detection);
			// Storing and detecting (and the optional language model) ran without holding
			// a connection.
			return transactions.execute(status -> {
				row.store();
				return row.getId();
			});
		}
		catch (RuntimeException ex) {
			files.delete(tenantId, stored.name());
			throw ex;
		}
	}

	/**
	 * Reads the file again with the settings the user chose; the suggestions are redone
	 * and a confirmed mapping is dropped when the columns changed. Not one transaction:
	 * reading the file and asking the language model hold no connection and no lock; the
	 * result is stored only if the import is still as it was read.
	 * @throws UnreadableCsvException when the file cannot be read that way
	 * @throws ImportStateException when the import has started, or was changed by another
	 * request meanwhile
	 */
	public void reformat(long importId, FormatOverrides overrides) {
		ContactImportRecord row = editable(importId, false);
		OffsetDateTime readAt = row.getUpdatedAt();
		Detection detection = detect(row.getTenantId(), row.getStoredName(), row.getSizeBytes(), overrides);
		List<String> before = Arrays.asList(row.getHeaders());
		apply(row, detection);
		if (!before.equals(Arrays.asList(row.getHeaders()))) {
			row.setMapping(null);
		}
		transactions.executeWithoutResult(status -> {
			if (!editable(importId, true).getUpdatedAt().equals(readAt)) {
				throw new ImportStateException("Import " + importId + " was changed while its file was read again; "
						+ "reload it and try again.");
			}
			row.store();
		});
	}

	/**
	 * Confirms the mapping and options, and remembers the mapping for the tenant's next
	 * files.
	 * @throws ImportMappingInvalidException naming every problem
	 */
	@Transactional
	public void confirm(long importId, MappingChoice choice) {
		ContactImportRecord row = editable(importId);
		List<String> headers = Arrays.asList(row.getHeaders());
		List<String> problems = MappingRules.problems(choice, headers);
		if (!problems.isEmpty()) {
			throw new ImportMappingInvalidException(problems);
		}
		List<ColumnMapping> columns = choice.columns()
			.stream()
			.map(c -> c.field() == TargetField.CUSTOM && c.attribute() == null
					? new ColumnMapping(c.column(), c.field(), headers.get(c.column())) : c)
			.toList();
		row.setMapping(JSONB.valueOf(json.writeValueAsString(columns)));
		row.setExistingPolicy(choice.existing());
		row.setDefaultCountry(choice.defaultCountry());
		row.setAllowWithoutEmail(choice.allowWithoutEmail());
		row.setFillMissingValues(choice.fillMissingValues());
		row.store();
		memory.remember(row.getTenantId(), headers, columns);
	}

	/**
	 * Queues the import's run with the confirmed mapping, or the suggested one when none
	 * was confirmed.
	 * @throws ImportStateException when it was started before
	 * @throws ImportMappingInvalidException when the suggested mapping cannot be used as
	 * it is
	 */
	@Transactional
	public RunTicket start(long importId, RunTrigger trigger, String idempotencyKey) {
		ContactImportRecord row = find(importId);
		if (row.getJobRunId() != null && idempotencyKey != null && dsl.fetchExists(JOB_RUN,
				JOB_RUN.ID.eq(row.getJobRunId()).and(JOB_RUN.IDEMPOTENCY_KEY.eq(idempotencyKey)))) {
			return new RunTicket(row.getJobRunId(), false);
		}
		if (row.getJobRunId() != null) {
			throw new ImportStateException("Import " + importId + " was already started as run " + row.getJobRunId()
					+ "; restart that run if it failed or was stopped.");
		}
		if (row.getStartedAt() != null) {
			// Its run was removed by housekeeping long after it ended.
			throw new ImportStateException("Import " + importId + " ran on " + row.getStartedAt().toLocalDate()
					+ "; upload the file again to import it again.");
		}
		requireFile(row);
		if (row.getMapping() == null) {
			List<ColumnMapping> suggested = suggestions(row).stream().map(SuggestedColumn::toMapping).toList();
			List<String> problems = MappingRules
				.problems(
						new MappingChoice(suggested, row.getExistingPolicy(), row.getDefaultCountry(),
								row.getAllowWithoutEmail(), row.getFillMissingValues()),
						Arrays.asList(row.getHeaders()));
			if (!problems.isEmpty()) {
				throw new ImportMappingInvalidException(problems);
			}
		}
		// Each row is read, then (unless rejected or a duplicate) merged: about twice the
		// rows in all, until the second phase knows its total (StagedContactMerge).
		RunTicket ticket = runs.trigger(row.getTenantId(), CsvImportJob.NAME,
				Map.of(CsvImportJob.IMPORT_ID, Long.toString(importId)), trigger, idempotencyKey,
				2 * row.getEstimatedRows());
		row.setJobRunId(ticket.runId());
		row.store();
		return ticket;
	}

	/**
	 * The run importing the file, for stopping it from the import.
	 * @throws ImportNotFoundException when the import is not the caller's tenant's
	 * @throws ImportStateException when it has not been started
	 */
	@Transactional(readOnly = true)
	public long runOf(long importId) {
		Long runId = dsl.select(CONTACT_IMPORT.JOB_RUN_ID)
			.from(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.ID.eq(importId))
			.fetchOptional()
			.orElseThrow(() -> new ImportNotFoundException(importId))
			.value1();
		if (runId == null) {
			throw new ImportStateException("Import " + importId + " has not been started; there is nothing to stop.");
		}
		return runId;
	}

	/**
	 * The sample rows as the import would write them with {@code choice}.
	 * @throws ImportMappingInvalidException when the mapping cannot be used
	 */
	@Transactional(readOnly = true)
	public List<PreviewRow> preview(long importId, MappingChoice choice) {
		ContactImportRecord row = dsl.selectFrom(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.ID.eq(importId))
			.fetchOptional()
			.orElseThrow(() -> new ImportNotFoundException(importId));
		List<String> headers = Arrays.asList(row.getHeaders());
		List<String> problems = MappingRules.problems(choice, headers);
		if (!problems.isEmpty()) {
			throw new ImportMappingInvalidException(problems);
		}
		ContactRowNormaliser normaliser = new ContactRowNormaliser(
				new ImportPlan(importId, row.getTenantId(), null, null, headers, choice.columns(), choice.existing(),
						choice.defaultCountry(), choice.allowWithoutEmail(), choice.fillMissingValues()));
		List<List<String>> sample = json.readValue(row.getSampleRows().data(), SAMPLE);
		List<PreviewRow> preview = new ArrayList<>(sample.size());
		// Lines before the first record (a sep= line, an export's note) count too;
		// imports
		// detected before they were recorded have none.
		Object skipped = json.readValue(row.getDetected().data(), Map.class).get("linesSkipped");
		int firstLine = (skipped instanceof Number n ? n.intValue() : 0) + (row.getHasHeader() ? 2 : 1);
		for (int i = 0; i < sample.size(); i++) {
			// Sample rows are the first records; their line is exact for files without
			// multi-line fields.
			ImportRow normalised = normaliser.process(new SourceRow(firstLine + i, sample.get(i), null));
			preview.add(new PreviewRow(normalised.line(), normalised.contact(), normalised.issues()));
		}
		return preview;
	}

	/** The import's suggestions as stored. */
	public List<SuggestedColumn> suggestions(ContactImportRecord row) {
		return json.readValue(row.getSuggestedMapping().data(), SUGGESTIONS);
	}

	private ContactImportRecord editable(long importId) {
		return editable(importId, true);
	}

	private ContactImportRecord editable(long importId, boolean lock) {
		ContactImportRecord row = lock ? find(importId)
				: dsl.selectFrom(CONTACT_IMPORT)
					.where(CONTACT_IMPORT.ID.eq(importId))
					.fetchOptional()
					.orElseThrow(() -> new ImportNotFoundException(importId));
		if (row.getJobRunId() != null || row.getStartedAt() != null) {
			throw new ImportStateException("Import " + importId + " has started; its format and mapping can no "
					+ "longer change. Upload the file again to import it differently.");
		}
		requireFile(row);
		return row;
	}

	/**
	 * @throws ImportStateException when housekeeping removed the import's file (see
	 * {@link ImportFileRetention})
	 */
	static void requireFile(ContactImportRecord row) {
		if (row.getFileRemovedAt() != null) {
			throw new ImportStateException("The file of import " + row.getId() + " was removed on "
					+ row.getFileRemovedAt().toLocalDate() + ", after the upload retention; upload it again.");
		}
	}

	private ContactImportRecord find(long importId) {
		return dsl.selectFrom(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.ID.eq(importId))
			.forUpdate()
			.fetchOptional()
			.orElseThrow(() -> new ImportNotFoundException(importId));
	}

	private void apply(ContactImportRecord row, Detection detection) {
		if (detection.headers().size() > properties.maxColumns()) {
			throw new UnreadableCsvException("The file has " + detection.headers().size() + " columns; at most "
					+ properties.maxColumns() + " can be imported.");
		}
		List<String> headers = ImportHeaders.unique(detection.headers());
		List<SuggestedColumn> suggested = new ArrayList<>();
		for (ColumnSuggestion s : suggester.suggest(headers, detection.sampleRows())) {
			if (s.index() < headers.size()) {
				suggested
					.add(new SuggestedColumn(s.index(), headers.get(s.index()), s.field(), s.confidence(), s.reason()));
			}
		}
		row.setEncoding(detection.encoding());
		row.setDelimiter(String.valueOf(detection.delimiter()));
		row.setQuote(String.valueOf(detection.quote()));
		row.setHeaders(headers.toArray(String[]::new));
		row.setHasHeader(detection.hasHeader());
		row.setFormatConfidence(JSONB.valueOf(json.writeValueAsString(detection.confidence())));
		row.setEstimatedRows(detection.estimatedRows());
		row.setSampleRows(JSONB.valueOf(json.writeValueAsString(detection.sampleRows()
			.stream()
			.map(values -> values.stream().map(ContactRowNormaliser::shown).toList())
			.toList())));
		List<SuggestedColumn> refined = llm.refine(suggested, detection.sampleRows());
		// A rejected-rows file's diagnostic columns stay ignored, whatever the tenant
		// mapped columns of those names to before.
		int diagnostics = Math.min(RejectedRowsFile.diagnosticColumns(headers), refined.size());
		List<SuggestedColumn> remembered = new ArrayList<>(refined.subList(0, diagnostics));
		remembered.addAll(memory.apply(row.getTenantId(), refined.subList(diagnostics, refined.size())));
		row.setSuggestedMapping(JSONB.valueOf(json.writeValueAsString(remembered)));
	}

	/** Reads the file's head (detection stops after its first megabyte). */
	private Detection detect(long tenantId, String name, long size, FormatOverrides overrides) {
		try (InputStream in = files.open(tenantId, name)) {
			return detector.detect(in, size, overrides);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(String name) {
		String base = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "").strip();
		base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
		if (base.isEmpty()) {
			return "upload.csv";
		}
		return base.length() > 255 ? base.substring(0, 255) : base;
	}

}
