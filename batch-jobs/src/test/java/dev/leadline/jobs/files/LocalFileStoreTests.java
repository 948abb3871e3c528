package dev.leadline.jobs.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The file store contract on the data directory. */
class LocalFileStoreTests extends FileStoreContractTests {

	@TempDir
	Path dataDir;

	@Override
	FileStore store() {
		return new LocalFileStore(this.dataDir);
	}

	@Override
	void leavePartial(String key) throws IOException {
		Path target = new LocalFileStore(this.dataDir).path(key);
		Files.createDirectories(target.getParent());
		Files.write(target.resolveSibling("." + target.getFileName() + ".killed.part"), new byte[] { 1 });
	}

	@Override
	boolean partialsLeft(String prefix) throws IOException {
		Path directory = new LocalFileStore(this.dataDir).path(prefix);
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.anyMatch((file) -> file.getFileName().toString().endsWith(".part"));
		}
	}

}
