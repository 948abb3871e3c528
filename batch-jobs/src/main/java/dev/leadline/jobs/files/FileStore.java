package dev.leadline.jobs.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Files under keys such as {@code reports/12/345/678.pdf}: segments of letters, digits,
 * dots, dashes and underscores, separated by slashes. A file is either whole under its
 * key or not there: {@link #write} replaces what the key held only once the file is
 * complete (a temporary file moved into place on disk, a completed upload in object
 * storage), so a crash mid-write leaves at most a partial (a temporary file, an
 * unfinished multipart upload) that {@link #discardPartials} removes. Every process that
 * runs the jobs must see the same store.
 */
public interface FileStore {

	/** A file as stored: its key, size in bytes and SHA-256 (lower-case hex). */
	record StoredFile(String key, long size, String sha256) {
	}

	/** What writes a file's content; the stream is the store's, never closed by it. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Writes {@code content} under {@code key}, hashing it on the way; the file appears
	 * under its key only once it is complete.
	 * @throws IllegalArgumentException for a key that is not one
	 * @throws IOException when it cannot be written (nothing is left under the key but
	 * what was there)
	 */
	StoredFile write(String key, Content content) throws IOException;

	/**
	 * @throws java.nio.file.NoSuchFileException when there is no file under the key
	 */
	InputStream read(String key) throws IOException;

	boolean exists(String key);

	/** Deletes the file; one already gone counts as deleted. */
	void delete(String key) throws IOException;

	/**
	 * Deletes every file whose key starts with {@code prefix} followed by a slash.
	 * @return how many files were deleted
	 */
	int deleteAll(String prefix) throws IOException;

	/**
	 * Removes temporary files that writers killed mid-write left under {@code prefix}.
	 * Call only while nothing writes there (a run's own directory at the start of its
	 * step).
	 */
	void discardPartials(String prefix) throws IOException;

}
