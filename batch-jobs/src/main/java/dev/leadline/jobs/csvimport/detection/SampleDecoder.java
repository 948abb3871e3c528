package dev.leadline.jobs.csvimport.detection;

import dev.leadline.jobs.csvimport.UnreadableCsvException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the start of a file and decodes it: a byte order mark decides when present, then
 * strict UTF-8, then Windows-1252. Decoders report malformed input rather than replacing
 * it, so no U+FFFD is ever produced.
 */
final class SampleDecoder {

	static final int SAMPLE_LIMIT = 1024 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private SampleDecoder() {
	}

	/**
	 * @throws UnreadableCsvException when the sample is empty or binary
	 */
	static DecodedSample decode(InputStream in) {
		return decode(in, null);
	}

	/**
	 * @param forced the charset to read the sample in, or null to detect it
	 * @throws UnreadableCsvException when the sample is empty, binary, or not valid text
	 * in the forced charset
	 */
	static DecodedSample decode(InputStream in, Charset forced) {
		byte[] bytes = new byte[SAMPLE_LIMIT];
		int length = readUpTo(in, bytes);
		boolean truncated = length == SAMPLE_LIMIT && hasMore(in);
		if (length == 0) {
			throw new UnreadableCsvException("The file is empty.");
		}
		Charset bomCharset = bomCharset(bytes, length);
		int bomLength = bomCharset == null ? 0 : (bomCharset == StandardCharsets.UTF_8 ? 3 : 2);
		BinaryContentCheck.requireText(bytes, length,
				bomCharset == StandardCharsets.UTF_16LE || bomCharset == StandardCharsets.UTF_16BE);
		ByteBuffer body = ByteBuffer.wrap(bytes, bomLength, length - bomLength);
		if (forced != null && !forced.equals(bomCharset)) {
			int skip = forced.equals(StandardCharsets.UTF_8) && bomCharset == StandardCharsets.UTF_8 ? 3 : 0;
			String text = strictDecode(ByteBuffer.wrap(bytes, skip, length - skip), forced, truncated);
			if (text == null) {
				throw new UnreadableCsvException("The file is not valid " + forced.name() + " text.");
			}
			return new DecodedSample(text, forced, false, length, truncated);
		}
		if (bomCharset != null) {
			String text = strictDecode(body, bomCharset, truncated);
			if (text == null) {
				throw new UnreadableCsvException("The file starts with a " + bomCharset.name()
						+ " byte order mark but is not valid " + bomCharset.name() + " text.");
			}
			return new DecodedSample(text, bomCharset, true, length, truncated);
		}
		for (Charset candidate : new Charset[] { StandardCharsets.UTF_8, WINDOWS_1252 }) {
			String text = strictDecode(body.duplicate(), candidate, truncated);
			if (text != null) {
				return new DecodedSample(text, candidate, false, length, truncated);
			}
		}
		// Windows-1252 leaves five bytes undefined; Latin-1 maps every byte, so this
		// cannot fail.
		return new DecodedSample(strictDecode(body.duplicate(), StandardCharsets.ISO_8859_1, truncated),
				StandardCharsets.ISO_8859_1, false, length, truncated);
	}

	private static Charset bomCharset(byte[] b, int length) {
		if (length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/** The decoded text, or null when the bytes are not valid in that charset. */
	private static String strictDecode(ByteBuffer bytes, Charset charset, boolean truncated) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate((int) (bytes.remaining() * (double) decoder.maxCharsPerByte()) + 1);
		// A sample cut at the limit may end inside a multi-byte character: that is not an
		// error.
		CoderResult result = decoder.decode(bytes, out, !truncated);
		if (result.isError()) {
			return null;
		}
		if (!truncated) {
			result = decoder.flush(out);
			if (result.isError()) {
				return null;
			}
		}
		out.flip();
		return out.toString();
	}

	private static int readUpTo(InputStream in, byte[] buffer) {
		try {
			return Math.max(0, in.readNBytes(buffer, 0, buffer.length));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean hasMore(InputStream in) {
		try {
			return in.read() != -1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
