package dev.leadline.db;

import java.nio.file.Path;

/** Another process already runs the embedded database on this data directory. */
public class DataDirectoryLockedException extends IllegalStateException {

	public DataDirectoryLockedException(Path directory) {
		super("The data directory " + directory + " is in use by another Leadline process. "
				+ "Stop that process, or point LEADLINE_DATA_DIR at another directory.");
	}

}
