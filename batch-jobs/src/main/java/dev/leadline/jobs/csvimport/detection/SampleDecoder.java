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
 * UTF-8 (also when a few bytes among valid UTF-8 characters are not), then what
 * {@link LegacyEncodingGuesser} finds (Shift_JIS, GB18030, Big5, EUC-KR or Windows-1252).
 * Decoders report malformed input, counted and shown as U+FFFD; a chosen encoding is
 * refused only when more than one character in ten is not valid in it.
 */
final class SampleDecoder {

	static final int SAMPLE_LIMIT = 1024 * 1024;

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
			Decoded decoded = decode(ByteBuffer.wrap(bytes, skip, length - skip), forced, truncated);
			if (decoded.mostlyUndecodable()) {
				throw new UnreadableCsvException(
						"The file is not valid " + Encodings.nameOf(forced) + " text (" + decoded.undecodable()
								+ " byte sequences in its first megabyte are not " + Encodings.nameOf(forced) + ").");
			}
			return new DecodedSample(decoded.text(), forced, false, length, truncated, null);
		}
		if (bomCharset != null) {
			Decoded decoded = decode(body, bomCharset, truncated);
			if (decoded.mostlyUndecodable()) {
				throw new UnreadableCsvException("The file starts with a " + bomCharset.name()
						+ " byte order mark but is not valid " + bomCharset.name() + " text.");
			}
			return new DecodedSample(decoded.text(), bomCharset, true, length, truncated, 100);
		}
		Decoded utf8 = decode(body.duplicate(), StandardCharsets.UTF_8, truncated);
		if (utf8.undecodable() == 0 || utf8.undecodable() <= utf8.nonAscii()) {
			// Text that another encoding wrote is almost never valid UTF-8 beyond ASCII:
			// a few bad bytes among valid UTF-8 characters are damage in a UTF-8 file;
			// the import rejects their rows.
			return new DecodedSample(utf8.text(), StandardCharsets.UTF_8, false, length, truncated,
					utf8Confidence(utf8));
		}
		LegacyEncodingGuesser.Guess guess = LegacyEncodingGuesser.guess(bytes, bomLength, length - bomLength,
				charset -> fewErrors(decode(body.duplicate(), charset, truncated)),
				charset -> decode(body.duplicate(), charset, truncated).text());
		Charset charset = Encodings.charset(guess.encoding());
		Decoded decoded = decode(body.duplicate(), charset, truncated);
		if (decoded.undecodable() == 0 || !guess.encoding().equals("windows-1252")) {
			// A few damaged bytes in an East-Asian file are its rows' problem, as in
			// UTF-8.
			return new DecodedSample(decoded.text(), charset, false, length, truncated, guess.confidence());
		}
		// Windows-1252 leaves five bytes undefined; Latin-1 maps every byte, so this
		// cannot fail.
		return new DecodedSample(decode(body.duplicate(), StandardCharsets.ISO_8859_1, truncated).text(),
				StandardCharsets.ISO_8859_1, false, length, truncated, guess.confidence());
	}

	/** At most one byte sequence in two hundred characters beyond ASCII is not valid. */
	private static boolean fewErrors(Decoded decoded) {
		return (long) decoded.undecodable() * 200 <= decoded.nonAscii();
	}

	/**
	 * Pure ASCII reads the same in every encoding offered; each valid multi-byte
	 * character makes another encoding less likely, each invalid byte sequence more.
	 */
	private static int utf8Confidence(Decoded utf8) {
		if (utf8.nonAscii() == 0 && utf8.undecodable() == 0) {
			return 100;
		}
		int valid = Math.min(utf8.nonAscii(), 10);
		int fromValid = 60 + 4 * valid;
		return Math.max(20, fromValid - 100 * utf8.undecodable() / Math.max(1, utf8.nonAscii()) / 2);
	}

	/**
	 * Decoded text, each byte sequence not valid in the charset replaced by U+FFFD.
	 *
	 * @param undecodable how many sequences were replaced
	 * @param nonAscii characters beyond ASCII decoded from valid bytes
	 */
	private record Decoded(String text, int undecodable, int nonAscii) {

		/**
		 * More than one character in ten stands for bad bytes: the text is in another
		 * encoding, not damaged here and there.
		 */
		boolean mostlyUndecodable() {
			return (long) undecodable * 10 > text.length();
		}

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

	private static Decoded decode(ByteBuffer bytes, Charset charset, boolean truncated) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate((int) (bytes.remaining() * (double) decoder.maxCharsPerByte()) + 1);
		int undecodable = 0;
		int nonAscii = 0;
		// A sample cut at the limit may end inside a multi-byte character: that is not an
		// error.
		for (CoderResult result = decoder.decode(bytes, out, !truncated); result
			.isError(); result = decoder.decode(bytes, out, !truncated)) {
			bytes.position(bytes.position() + result.length());
			out.put('\uFFFD');
			undecodable++;
			nonAscii--;
		}
		if (!truncated) {
			decoder.flush(out);
		}
		out.flip();
		for (int i = 0; i < out.limit(); i++) {
			nonAscii += out.get(i) > 0x7F ? 1 : 0;
		}
		return new Decoded(out.toString(), undecodable, nonAscii);
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
