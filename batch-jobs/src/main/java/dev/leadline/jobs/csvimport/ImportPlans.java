package dev.leadline.jobs.csvimport;

import static dev.leadline.db.jooq.Tables.CONTACT_IMPORT;

import dev.leadline.db.jooq.tables.records.ContactImportRecord;
import dev.leadline.jobs.csvimport.reading.ImportPlan;
import dev.leadline.jobs.csvimport.reading.ImportSettings;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Loads what an import run needs from its row. */
@Component
class ImportPlans {

	private static final TypeReference<List<ColumnMapping>> MAPPING = new TypeReference<>() {
	};

	private static final TypeReference<List<SuggestedColumn>> SUGGESTIONS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ImportFiles files;

	private final JsonMapper json;

	ImportPlans(DSLContext dsl, ImportFiles files, JsonMapper json) {
		this.dsl = dsl;
		this.files = files;
		this.json = json;
	}

	ImportPlan load(long importId) {
		ContactImportRecord row = dsl.selectFrom(CONTACT_IMPORT)
			.where(CONTACT_IMPORT.ID.eq(importId))
			.fetchOptional()
			.orElseThrow(() -> new IllegalStateException("Import " + importId + " does not exist"));
		// A restart of a run that failed before the retention removed its file fails
		// here, saying why.
		ContactImports.requireFile(row);
		List<ColumnMapping> mapping = row.getMapping() != null ? json.readValue(row.getMapping().data(), MAPPING)
				: json.readValue(row.getSuggestedMapping().data(), SUGGESTIONS)
					.stream()
					.map(SuggestedColumn::toMapping)
					.toList();
		return new ImportPlan(row.getId(), row.getTenantId(), () -> files.open(row.getTenantId(), row.getStoredName()),
				new ImportSettings(row.getEncoding(), row.getDelimiter().charAt(0), row.getQuote().charAt(0),
						row.getHasHeader()),
				ImportHeaders.unique(Arrays.asList(row.getHeaders())), mapping, row.getExistingPolicy(),
				row.getDefaultCountry(), row.getAllowWithoutEmail(), row.getFillMissingValues());
	}

}
