package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.problems.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files under {@code <data dir>/imports/<tenant id>/}, stored under generated
 * names. Every process that runs imports must see the same data directory (a shared
 * volume when workers run elsewhere).
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

	private final Path root;

	public ImportFiles(@Value("${leadline.data-dir:./data}") Path dataDir) {
		this.root = dataDir.resolve("imports").toAbsolutePath().normalize();
	}

	/**
	 * Streams {@code content} to a new file, hashing it on the way.
	 * @throws FileTooLargeException when it is longer than {@code maxBytes} (the partial
	 * file is deleted)
	 */
	public StoredFile store(long tenantId, InputStream content, long maxBytes) {
		Path directory = root.resolve(Long.toString(tenantId));
		String name = UUID.randomUUID() + ".csv";
		Path partial = directory.resolve("." + name + ".part");
		try {
			Files.createDirectories(directory);
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, sha256);
					OutputStream out = Files.newOutputStream(partial)) {
				size = copy(in, out, maxBytes);
			}
			Files.move(partial, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(name, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	public Path path(long tenantId, String name) {
		Path file = root.resolve(Long.toString(tenantId)).resolve(name).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Not an import file: " + name);
		}
		return file;
	}

	public void delete(long tenantId, String name) {
		deleteQuietly(path(tenantId, name));
	}

	/**
	 * Deletes a stored file; one already gone counts as deleted. @throws IOException when
	 * it stays
	 */
	void deleteOrFail(long tenantId, String name) throws IOException {
		Files.deleteIfExists(path(tenantId, name));
	}

	private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
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
		return total;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// Housekeeping removes what is left.
		}
	}

}
