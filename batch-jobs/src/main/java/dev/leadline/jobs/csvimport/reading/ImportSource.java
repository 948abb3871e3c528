package dev.leadline.jobs.csvimport.reading;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an import's file from its first byte, each time a run opens its reader (a restart
 * re-reads and skips what was committed): from the file store, or a path in tests.
 */
@FunctionalInterface
public interface ImportSource {

	InputStream open() throws IOException;

}
