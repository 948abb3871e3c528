package dev.leadline.jobs.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The file store on the data directory, under {@code <data dir>/files/}. A write goes to
 * {@code .<name>.<uuid>.part} beside its target, is forced to disk, then moved over the
 * target atomically (a rename within one directory).
 */
@Component
public class LocalFileStore implements FileStore {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

	private static final String PARTIAL = ".part";

	private final Path root;

	public LocalFileStore(@Value("${leadline.data-dir:./data}") Path dataDir) {
		this.root = dataDir.resolve("files").toAbsolutePath().normalize();
	}

	@Override
	public StoredFile write(String key, Content content) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
		try {
			MessageDigest sha256 = sha256();
			long size;
			try (OutputStream file = Files.newOutputStream(partial);
					CountingOutputStream counted = new CountingOutputStream(new DigestOutputStream(file, sha256))) {
				content.writeTo(counted);
				counted.flush();
				size = counted.count();
			}
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream read(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	@Override
	public int deleteAll(String prefix) throws IOException {
		Path directory = path(prefix);
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(directory)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		int files = 0;
		for (Path path : paths) {
			if (Files.isRegularFile(path) && !path.getFileName().toString().endsWith(PARTIAL)) {
				files++;
			}
			Files.deleteIfExists(path);
		}
		return files;
	}

	@Override
	public void discardPartials(String prefix) throws IOException {
		Path directory = path(prefix);
		if (!Files.isDirectory(directory)) {
			return;
		}
		List<Path> partials;
		try (Stream<Path> walk = Files.walk(directory)) {
			partials = walk.filter((path) -> path.getFileName().toString().endsWith(PARTIAL)).toList();
		}
		for (Path partial : partials) {
			Files.deleteIfExists(partial);
		}
	}

	/** The file a key names, for tests and diagnostics. */
	public Path path(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a file store key: " + key);
		}
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Not a file store key: " + key);
		}
		return path;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Counts what passes, so the size needs no second look at the file. */
	private static final class CountingOutputStream extends FilterOutputStream {

		private long count;

		CountingOutputStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

		long count() {
			return this.count;
		}

	}

}
