package dev.leadline.jobs.csvimport.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a file with a decoder that reports malformed input instead of replacing it:
 * each byte sequence that is not valid in the charset becomes U+FFFD and is noted, so a
 * U+FFFD that the file really contains stays text, told apart from one that stands for
 * bad bytes. Every U+FFFD produced is queued in order; the caller takes them back as it
 * meets them in the records.
 */
final class MarkingDecoder extends Reader {

	private static final char REPLACEMENT = '\uFFFD';

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();

	private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();

	/**
	 * For each U+FFFD decoded and not yet taken back: whether it stands for bad bytes.
	 */
	private final ArrayDeque<Boolean> replacements = new ArrayDeque<>();

	private boolean endOfInput;

	private boolean flushed;

	MarkingDecoder(InputStream in, Charset charset) {
		this.in = in;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * Takes back the next U+FFFD decoded.
	 * @return whether it stands for bytes not valid in the charset (false when the file
	 * holds the character itself)
	 */
	boolean nextReplacementWasUndecodable() {
		Boolean undecodable = replacements.poll();
		return undecodable != null && undecodable;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!chars.hasRemaining() && !fill()) {
			return -1;
		}
		int n = Math.min(length, chars.remaining());
		chars.get(buffer, offset, n);
		return n;
	}

	private boolean fill() throws IOException {
		chars.clear();
		List<Integer> undecodableAt = new ArrayList<>();
		while (chars.position() == 0 && !flushed) {
			if (!endOfInput) {
				bytes.compact();
				int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
				if (n < 0) {
					endOfInput = true;
				}
				else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
			}
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			while (result.isError() && chars.hasRemaining()) {
				bytes.position(bytes.position() + result.length());
				undecodableAt.add(chars.position());
				chars.put(REPLACEMENT);
				result = decoder.decode(bytes, chars, endOfInput);
			}
			if (endOfInput && result.isUnderflow() && !bytes.hasRemaining()) {
				decoder.flush(chars);
				flushed = true;
			}
		}
		chars.flip();
		int next = 0;
		for (int i = 0; i < chars.limit(); i++) {
			if (chars.get(i) == REPLACEMENT) {
				boolean undecodable = next < undecodableAt.size() && undecodableAt.get(next) == i;
				next += undecodable ? 1 : 0;
				replacements.add(undecodable);
			}
		}
		return chars.hasRemaining();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
