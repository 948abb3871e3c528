package dev.leadline.api.system.database;

import dev.leadline.db.DataDirectoryLockedException;
import dev.leadline.db.UnsafeApplicationRoleException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the database start-up failures a user can fix into a short description and
 * action.
 */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<IllegalStateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IllegalStateException cause) {
		if (cause instanceof DataDirectoryLockedException) {
			return new FailureAnalysis(cause.getMessage(),
					"Stop the other Leadline process using this directory, or start this one with "
							+ "LEADLINE_DATA_DIR set to a different directory.",
					cause);
		}
		if (cause instanceof UnsafeApplicationRoleException) {
			return new FailureAnalysis(cause.getMessage(),
					"Give Leadline a plain login role through LEADLINE_DB_APP_USER and LEADLINE_DB_APP_PASSWORD.",
					cause);
		}
		return null;
	}

}
