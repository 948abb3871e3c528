package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.problems.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Uploaded files in the {@link FileStore}, under {@code imports/<tenant id>/<name>} with
 * generated names: on the data directory by default, in object storage when it is
 * configured, so a worker on any machine reads any upload.
 */
@Component
public class ImportFiles {

	/** A file as stored: its generated name, size and SHA-256. */
	public record StoredFile(String name, long size, String sha256) {
	}

	/** The upload is larger than the limit; nothing was kept. */
	public static class FileTooLargeException extends ProblemException {

		FileTooLargeException(long limit) {
			super(413, "payload-too-large", "File too large",
					"The file is larger than the limit of " + limit + " bytes.");
		}

	}

	private final FileStore store;

	public ImportFiles(FileStore store) {
		this.store = store;
	}

	/**
	 * Streams {@code content} to a new file, hashing it on the way.
	 * @throws FileTooLargeException when it is longer than {@code maxBytes} (nothing is
	 * kept)
	 */
	public StoredFile store(long tenantId, InputStream content, long maxBytes) {
		String name = UUID.randomUUID() + ".csv";
		try {
			FileStore.StoredFile stored = this.store.write(key(tenantId, name), (out) -> copy(content, out, maxBytes));
			return new StoredFile(name, stored.size(), stored.sha256());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file from its first byte.
	 * @throws java.nio.file.NoSuchFileException when it is not (or no longer) stored
	 */
	public InputStream open(long tenantId, String name) throws IOException {
		return this.store.read(key(tenantId, name));
	}

	public boolean exists(long tenantId, String name) {
		return this.store.exists(key(tenantId, name));
	}

	/** Deletes a stored file, leaving one that cannot be deleted to housekeeping. */
	public void delete(long tenantId, String name) {
		try {
			deleteOrFail(tenantId, name);
		}
		catch (IOException | RuntimeException ignored) {
			// Housekeeping removes what is left.
		}
	}

	/**
	 * Deletes a stored file; one already gone counts as deleted. @throws IOException when
	 * it stays
	 */
	void deleteOrFail(long tenantId, String name) throws IOException {
		this.store.delete(key(tenantId, name));
	}

	/**
	 * The store's key of an upload.
	 * @throws IllegalArgumentException for a name that is not one
	 */
	static String key(long tenantId, String name) {
		return "imports/" + tenantId + "/" + name;
	}

	private static void copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			total += n;
			if (total > maxBytes) {
				throw new FileTooLargeException(maxBytes);
			}
			out.write(buffer, 0, n);
		}
	}

}
