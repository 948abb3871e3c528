package dev.leadline.api.system.database;

import dev.leadline.db.DataDirectoryLockedException;
import dev.leadline.db.UnsafeApplicationRoleException;
import dev.leadline.jobs.files.ObjectStorageUnreachableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the start-up failures a user can fix (database, object storage) into a short
 * description and action.
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
		if (cause instanceof ObjectStorageUnreachableException) {
			return new FailureAnalysis(cause.getMessage(),
					"Check LEADLINE_STORAGE_S3_ENDPOINT, LEADLINE_STORAGE_S3_BUCKET (the bucket must exist), "
							+ "LEADLINE_STORAGE_S3_REGION and the credentials (LEADLINE_STORAGE_S3_ACCESS_KEY and "
							+ "_SECRET_KEY, else the AWS SDK's default ones), or unset LEADLINE_STORAGE_S3_BUCKET to "
							+ "keep files in the data directory.",
					cause);
		}
		return null;
	}

}
