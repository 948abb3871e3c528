package dev.leadline.jobs.csvimport.detection;

import java.nio.charset.Charset;

/**
 * The start of a file as text.
 *
 * @param text the decoded characters, without byte order mark
 * @param charset the charset that decoded them
 * @param hasBom whether a byte order mark was found
 * @param byteLength bytes read from the file (byte order mark included)
 * @param truncated whether the file goes on beyond the sample
 * @param confidence how sure the evidence makes the charset, 0 to 100; null when the user
 * chose it
 */
record DecodedSample(String text, Charset charset, boolean hasBom, int byteLength, boolean truncated,
		Integer confidence) {
}
