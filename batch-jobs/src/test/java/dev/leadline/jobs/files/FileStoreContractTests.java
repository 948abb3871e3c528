package dev.leadline.jobs.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FileStore} promises, run against each store by a subclass: a file is
 * whole under its key or not there, and a prefix's files go together.
 */
abstract class FileStoreContractTests {

	/** Larger than one part of a multipart upload, and not a multiple of it. */
	static final int LARGE = 2 * S3FileStore.PART_SIZE + 12_345;

	abstract FileStore store();

	/** Leaves what a writer killed mid-write leaves under {@code key}. */
	abstract void leavePartial(String key) throws IOException;

	/** Whether anything a killed writer left is still under {@code prefix}. */
	abstract boolean partialsLeft(String prefix) throws IOException;

	@Test
	void aWrittenFileReadsBackWithItsSizeAndSha256() throws Exception {
		byte[] content = "email,name\nada@example.com,Ada\n".getBytes(StandardCharsets.UTF_8);

		FileStore.StoredFile stored = store().write("imports/1/a.csv", (out) -> out.write(content));

		assertThat(stored).isEqualTo(new FileStore.StoredFile("imports/1/a.csv", content.length, sha256(content)));
		assertThat(read("imports/1/a.csv")).isEqualTo(content);
		assertThat(store().exists("imports/1/a.csv")).isTrue();
	}

	@Test
	void anEmptyFileIsAFile() throws Exception {
		FileStore.StoredFile stored = store().write("empty/1.csv", (out) -> {
		});

		assertThat(stored.size()).isZero();
		assertThat(read("empty/1.csv")).isEmpty();
		assertThat(store().exists("empty/1.csv")).isTrue();
	}

	@Test
	void aFileLargerThanOnePartIsStoredWhole() throws Exception {
		byte[] content = new byte[LARGE];
		new Random(19).nextBytes(content);

		FileStore.StoredFile stored = store().write("large/1.bin", (out) -> {
			// In uneven pieces, as a copy loop writes.
			for (int at = 0; at < content.length; at += 65_000) {
				out.write(content, at, Math.min(65_000, content.length - at));
			}
		});

		assertThat(stored.size()).isEqualTo(LARGE);
		assertThat(stored.sha256()).isEqualTo(sha256(content));
		assertThat(sha256(read("large/1.bin"))).isEqualTo(sha256(content));
		assertThat(partialsLeft("large")).isFalse();
	}

	@Test
	void aWriteReplacesWhatTheKeyHeld() throws Exception {
		store().write("replaced/1.pdf", (out) -> out.write(new byte[] { 1, 2, 3 }));

		store().write("replaced/1.pdf", (out) -> out.write(new byte[] { 4, 5 }));

		assertThat(read("replaced/1.pdf")).containsExactly(4, 5);
	}

	@Test
	void aWriterThatFailsLeavesNothingUnderANewKey() {
		assertThatThrownBy(() -> store().write("failed/1.csv", (out) -> {
			out.write(new byte[1000]);
			throw new IllegalStateException("the upload was cut off");
		})).isInstanceOf(IllegalStateException.class).hasMessage("the upload was cut off");

		assertThat(store().exists("failed/1.csv")).isFalse();
	}

	@Test
	void aWriterThatFailsAfterSeveralPartsLeavesTheOldFileWholeAndNoPartsBehind() throws Exception {
		store().write("failed/2.csv", (out) -> out.write(new byte[] { 7 }));
		byte[] part = new byte[S3FileStore.PART_SIZE];

		assertThatThrownBy(() -> store().write("failed/2.csv", (out) -> {
			out.write(part);
			out.write(part);
			out.write(part, 0, 10);
			throw new IOException("the client went away");
		})).isInstanceOf(IOException.class).hasMessage("the client went away");

		assertThat(read("failed/2.csv")).containsExactly(7);
		assertThat(partialsLeft("failed")).isFalse();
	}

	@Test
	void readingAMissingKeySaysNoSuchFile() {
		assertThatThrownBy(() -> store().read("missing/1.csv")).isInstanceOf(NoSuchFileException.class);
		assertThat(store().exists("missing/1.csv")).isFalse();
	}

	@Test
	void aStreamClosedBeforeTheEndLeavesTheFileReadable() throws Exception {
		byte[] content = new byte[LARGE];
		new Random(7).nextBytes(content);
		store().write("head/1.csv", (out) -> out.write(content));

		try (InputStream in = store().read("head/1.csv")) {
			assertThat(in.readNBytes(1000)).isEqualTo(Arrays.copyOf(content, 1000));
		}

		assertThat(sha256(read("head/1.csv"))).isEqualTo(sha256(content));
	}

	@Test
	void deletingTwiceCountsAsDeleted() throws Exception {
		store().write("deleted/1.csv", (out) -> out.write(1));

		store().delete("deleted/1.csv");
		store().delete("deleted/1.csv");

		assertThat(store().exists("deleted/1.csv")).isFalse();
	}

	@Test
	void deleteAllRemovesTheFilesUnderThePrefixOnly() throws Exception {
		for (String key : new String[] { "reports/9/1/1.pdf", "reports/9/1/2.pdf", "reports/9/1/deeper/3.pdf",
				"reports/9/10/1.pdf", "reports/9/1.pdf" }) {
			store().write(key, (out) -> out.write(key.getBytes(StandardCharsets.UTF_8)));
		}
		leavePartial("reports/9/1/4.pdf");

		assertThat(store().deleteAll("reports/9/1")).isEqualTo(3);

		assertThat(store().exists("reports/9/1/1.pdf")).isFalse();
		assertThat(store().exists("reports/9/1/deeper/3.pdf")).isFalse();
		assertThat(partialsLeft("reports/9/1")).isFalse();
		assertThat(store().exists("reports/9/10/1.pdf")).isTrue();
		assertThat(store().exists("reports/9/1.pdf")).isTrue();
		assertThat(store().deleteAll("reports/9/1")).isZero();
	}

	@Test
	void discardPartialsRemovesWhatKilledWritersLeftAndKeepsFiles() throws Exception {
		store().write("reports/5/6/1.pdf", (out) -> out.write(1));
		leavePartial("reports/5/6/2.pdf");
		assertThat(partialsLeft("reports/5/6")).isTrue();

		store().discardPartials("reports/5/6");

		assertThat(partialsLeft("reports/5/6")).isFalse();
		assertThat(store().exists("reports/5/6/1.pdf")).isTrue();
		assertThat(store().exists("reports/5/6/2.pdf")).isFalse();
	}

	@Test
	void keysThatCouldEscapeOrAreEmptyAreRefused() {
		for (String key : new String[] { "../etc/passwd", "a/../../b", "/a", "a//b", "a/", "", ".hidden/x" }) {
			assertThatThrownBy(() -> store().write(key, (out) -> out.write(1))).as(key)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	byte[] read(String key) throws IOException {
		try (InputStream in = store().read(key); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
