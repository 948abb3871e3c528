package dev.leadline.jobs.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The file store on the data directory, under {@code <data dir>/files/}. A write goes to
 * {@code .<name>.<uuid>.part} beside its target, is forced to disk, then moved over the
 * target atomically (a rename within one directory). The store when no object storage is
 * configured (see {@link FileStoreConfiguration}).
 */
public class LocalFileStore implements FileStore {

	private static final String PARTIAL = ".part";

	private final Path root;

	public LocalFileStore(Path dataDir) {
		this.root = dataDir.resolve("files").toAbsolutePath().normalize();
	}

	@Override
	public StoredFile write(String key, Content content) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + PARTIAL);
		try {
			HashingOutputStream hashed;
			try (OutputStream file = Files.newOutputStream(partial)) {
				hashed = new HashingOutputStream(file);
				content.writeTo(hashed);
				hashed.flush();
			}
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new StoredFile(key, hashed.size(), hashed.sha256());
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
		Path path = this.root.resolve(StoreKeys.check(key)).normalize();
		if (!path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Not a file store key: " + key);
		}
		return path;
	}

}
