package dev.leadline.jobs.csvimport.reading;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import dev.leadline.jobs.csvimport.ColumnMapping;
import java.util.List;

/**
 * Everything an import run needs, loaded once when its step starts.
 *
 * @param source the uploaded file
 * @param headers the file's column headers, made unique ("Notes", "Notes (2)")
 * @param mapping the confirmed mapping, or the suggested one when none was confirmed
 * @param fillMissingValues rows with fewer fields than the header are imported with the
 * missing trailing values blank (else rejected)
 */
public record ImportPlan(long importId, long tenantId, ImportSource source, ImportSettings settings,
		List<String> headers, List<ColumnMapping> mapping, ImportExistingPolicy policy, String defaultCountry,
		boolean allowWithoutEmail, boolean fillMissingValues) {

	public ImportPlan(long importId, long tenantId, ImportSource source, ImportSettings settings, List<String> headers,
			List<ColumnMapping> mapping, ImportExistingPolicy policy, String defaultCountry,
			boolean allowWithoutEmail) {
		this(importId, tenantId, source, settings, headers, mapping, policy, defaultCountry, allowWithoutEmail, true);
	}

	public boolean overwrite() {
		return policy == ImportExistingPolicy.OVERWRITE;
	}

}
