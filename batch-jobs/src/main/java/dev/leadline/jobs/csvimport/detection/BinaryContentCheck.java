package dev.leadline.jobs.csvimport.detection;

import dev.leadline.jobs.csvimport.UnreadableCsvException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Refuses bytes that are plainly not text: well-known file signatures and NUL bytes.
 */
final class BinaryContentCheck {

	private static final Map<String, byte[]> SIGNATURES = Map.of("a PDF document",
			"%PDF".getBytes(StandardCharsets.US_ASCII), "a ZIP archive (or an .xlsx/.docx file)",
			new byte[] { 'P', 'K', 3, 4 }, "a PNG image", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "a JPEG image",
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "a GIF image",
			"GIF8".getBytes(StandardCharsets.US_ASCII), "a legacy Office document (.xls/.doc)",
			new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, "a gzip archive",
			new byte[] { 0x1F, (byte) 0x8B });

	private BinaryContentCheck() {
	}

	/**
	 * @throws UnreadableCsvException when the bytes start with a known binary signature,
	 * or contain more than one NUL byte per thousand (the caller skips this second test
	 * for UTF-16, where NUL bytes are normal)
	 */
	static void requireText(byte[] bytes, int length, boolean nulAllowed) {
		SIGNATURES.forEach((kind, signature) -> {
			if (length >= signature.length
					&& Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length)) {
				throw new UnreadableCsvException("The file is " + kind + ", not a CSV file.");
			}
		});
		if (!nulAllowed) {
			// A stray NUL in a text export is the row's problem (it is rejected with its
			// line); many are binary.
			int first = -1;
			int count = 0;
			for (int i = 0; i < length; i++) {
				if (bytes[i] == 0) {
					first = first < 0 ? i : first;
					count++;
				}
			}
			if (count > 0 && (long) count * 1000 > length) {
				throw new UnreadableCsvException(
						"The file contains binary data (a NUL byte at offset " + first + "), not CSV text.");
			}
		}
	}

}
