package dev.leadline.jobs.csvimport;

import dev.leadline.db.jooq.enums.ImportExistingPolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything an import run needs, loaded once when its step starts.
 *
 * @param headers the file's column headers, made unique ("Notes", "Notes (2)")
 * @param mapping the confirmed mapping, or the suggested one when none was confirmed
 */
record ImportPlan(long importId, long tenantId, Path file, ImportSettings settings, List<String> headers,
		List<ColumnMapping> mapping, ImportExistingPolicy policy, String defaultCountry, boolean allowWithoutEmail) {

	boolean overwrite() {
		return policy == ImportExistingPolicy.OVERWRITE;
	}

}
