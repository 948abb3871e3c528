package dev.leadline.jobs.csvimport;

import dev.leadline.jobs.files.FileStore;
import dev.leadline.jobs.files.LocalFileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploads kept before the file store, under {@code <data dir>/imports/<tenant>/}, are
 * moved into it once at start-up, before any worker reads them: on the data directory a
 * rename to {@code <data dir>/files/imports/<tenant>/}. Object storage cannot be filled
 * this way; the log names the directory and docs/RUNBOOK.md says how to copy it.
 */
@Component
class LegacyUploadsMove implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LegacyUploadsMove.class);

	private final Path legacy;

	private final FileStore store;

	LegacyUploadsMove(@Value("${leadline.data-dir:./data}") Path dataDir, FileStore store) {
		this.legacy = dataDir.resolve("imports").toAbsolutePath().normalize();
		this.store = store;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!Files.isDirectory(this.legacy)) {
			return;
		}
		try {
			move();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Moving the uploads in " + this.legacy + " into the file store failed", ex);
		}
	}

	/**
	 * @return how many uploads were moved
	 */
	int move() throws IOException {
		List<Path> uploads;
		try (Stream<Path> files = Files.walk(this.legacy, 2)) {
			uploads = files.filter((file) -> this.legacy.relativize(file).getNameCount() == 2)
				.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.toList();
		}
		if (!(this.store instanceof LocalFileStore local)) {
			if (!uploads.isEmpty()) {
				log.warn(
						"{} uploads in {} are not in object storage: copy them to imports/<tenant>/<name> in the "
								+ "bucket (docs/RUNBOOK.md, moving files to object storage)",
						uploads.size(), this.legacy);
			}
			return 0;
		}
		for (Path upload : uploads) {
			Path target = local.path(ImportFiles.key(Long.parseLong(upload.getParent().getFileName().toString()),
					upload.getFileName().toString()));
			Files.createDirectories(target.getParent());
			Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
		}
		// What is left are temporary files of uploads cut off before the move.
		try (Stream<Path> rest = Files.walk(this.legacy)) {
			for (Path path : rest.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		log.info("Moved {} uploads from {} into the file store", uploads.size(), this.legacy);
		return uploads.size();
	}

}
