package dev.leadline.jobs.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadline.jobs.files.LocalFileStore;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyUploadsMoveTests {

	@TempDir
	Path dataDir;

	@Test
	void uploadsKeptBeforeTheFileStoreAreReadThroughItAfterTheMove() throws Exception {
		Path tenant = Files.createDirectories(this.dataDir.resolve("imports").resolve("7"));
		Files.writeString(tenant.resolve("4f0c.csv"), "Email\nada@example.com\n");
		Files.writeString(tenant.resolve(".9e1d.csv.part"), "Email\nhalf");
		LocalFileStore store = new LocalFileStore(this.dataDir);
		ImportFiles files = new ImportFiles(store);

		int moved = new LegacyUploadsMove(this.dataDir, store).move();

		assertThat(moved).isEqualTo(1);
		try (InputStream in = files.open(7, "4f0c.csv")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Email\nada@example.com\n");
		}
		assertThat(this.dataDir.resolve("imports")).doesNotExist();
	}

	@Test
	void aDataDirectoryWithoutOldUploadsIsLeftAlone() throws Exception {
		LocalFileStore store = new LocalFileStore(this.dataDir);

		new LegacyUploadsMove(this.dataDir, store).afterSingletonsInstantiated();

		assertThat(this.dataDir).isEmptyDirectory();
	}

}
