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
 */
record DecodedSample(String text, Charset charset, boolean hasBom, int byteLength, boolean truncated) {
}
