package dev.leadline.jobs.csvimport.detection;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses the encoding of text that is neither valid UTF-8 nor marked by a byte order
 * mark: Shift_JIS, GB18030, Big5 or EUC-KR when the bytes are valid in one of them (a
 * rare damaged sequence aside) and decode to the characters that language writes,
 * otherwise Windows-1252. ICU's {@link CharsetDetector} is consulted on the whole sample;
 * its character statistics need more than about ten East-Asian characters, so for short
 * files the decoded characters decide (kana for Japanese, Hangul for Korean, frequent
 * ideographs for Chinese) and the confidence says how close the runner-up came.
 */
final class LegacyEncodingGuesser {

	/** Candidates in order of preference when the evidence is even. */
	private static final List<String> EAST_ASIAN = List.of("Shift_JIS", "EUC-KR", "GB18030", "Big5");

	private static final int ICU_INPUT_LIMIT = 256 * 1024;

	private LegacyEncodingGuesser() {
	}

	/** An encoding and how sure the evidence makes it, 0 to 100. */
	record Guess(String encoding, int confidence) {
	}

	/**
	 * @param decodes whether the bytes are valid in a charset (but for a rare damaged
	 * one)
	 * @param decode the bytes decoded in a charset
	 */
	static Guess guess(byte[] bytes, int offset, int length, Predicate<Charset> decodes,
			Function<Charset, String> decode) {
		Map<String, Integer> icu = icuConfidences(bytes, offset, length);
		String best = null;
		double bestScore = 0;
		double secondScore = 0;
		for (String name : EAST_ASIAN) {
			Charset charset = Encodings.charset(name);
			if (!decodes.test(charset)) {
				continue;
			}
			double score = plausibility(name, decode.apply(charset)) + icu.getOrDefault(name, 0) / 1000.0;
			if (best == null || score > bestScore) {
				secondScore = best == null ? secondScore : bestScore;
				best = name;
				bestScore = score;
			}
			else if (score > secondScore) {
				secondScore = score;
			}
		}
		if (best != null && bestScore > 0.5) {
			int fromMargin = (int) Math.round(Math.max(20, Math.min(90, 40 + 50 * (bestScore - secondScore))));
			int fromIcu = icu.getOrDefault(best, 0) > 10 && isIcusFirstEastAsian(icu, best) ? icu.get(best) : 0;
			return new Guess(best, Math.max(fromMargin, fromIcu));
		}
		int latin = Math.max(icu.getOrDefault("ISO-8859-1", 0), icu.getOrDefault("windows-1252", 0));
		return new Guess("windows-1252",
				Math.max(latin, latinLetterShare(decode.apply(Encodings.charset("windows-1252")))));
	}

	private static boolean isIcusFirstEastAsian(Map<String, Integer> icu, String name) {
		int own = icu.getOrDefault(name, 0);
		return EAST_ASIAN.stream().noneMatch(other -> !other.equals(name) && icu.getOrDefault(other, 0) >= own);
	}

	private static Map<String, Integer> icuConfidences(byte[] bytes, int offset, int length) {
		CharsetDetector detector = new CharsetDetector();
		detector.setText(Arrays.copyOfRange(bytes, offset, offset + Math.min(length, ICU_INPUT_LIMIT)));
		Map<String, Integer> confidences = new HashMap<>();
		for (CharsetMatch match : detector.detectAll()) {
			confidences.merge(match.getName(), match.getConfidence(), Math::max);
		}
		return confidences;
	}

	/**
	 * From -1 to 1: how much the non-ASCII characters look like text of the encoding's
	 * language rather than what other bytes decode to (Latin letters, symbols, half-width
	 * katakana, rarely used ideographs).
	 */
	static double plausibility(String encoding, String text) {
		CharsetEncoder frequent = switch (encoding) {
			case "GB18030" -> Charset.forName("GB2312").newEncoder();
			case "Big5" -> Charset.forName("Big5").newEncoder();
			case "Shift_JIS" -> Charset.forName("Shift_JIS").newEncoder();
			default -> null;
		};
		int points = 0;
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				continue;
			}
			count++;
			points += points(encoding, c, frequent);
		}
		return count == 0 ? 0 : points / (double) count;
	}

	private static int points(String encoding, char c, CharsetEncoder frequent) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || (c >= '\uFF01' && c <= '\uFF5E')) {
			return 0;
		}
		if (block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA) {
			return encoding.equals("Shift_JIS") ? 1 : -1;
		}
		if (block == Character.UnicodeBlock.HANGUL_SYLLABLES) {
			return encoding.equals("EUC-KR") ? 1 : -1;
		}
		if (block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
			return frequent != null && isFrequent(encoding, c, frequent) ? 1 : 0;
		}
		return -1;
	}

	/**
	 * Whether an ideograph is in the first, frequently used level of its character set.
	 */
	private static boolean isFrequent(String encoding, char c, CharsetEncoder encoder) {
		byte[] encoded;
		try {
			encoded = encoder.encode(CharBuffer.wrap(String.valueOf(c))).array();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
		int lead = encoded[0] & 0xFF;
		return switch (encoding) {
			case "GB18030" -> lead >= 0xB0 && lead <= 0xD7;
			case "Big5" -> lead >= 0xA4 && lead <= 0xC6;
			default -> lead >= 0x88 && lead <= 0x9F;
		};
	}

	/** Of the non-ASCII characters, the share that are Latin letters, 0 to 100. */
	private static int latinLetterShare(String text) {
		int letters = 0;
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				count++;
				letters += Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1
						: 0;
			}
		}
		return count == 0 ? 50 : 80 * letters / count;
	}

}
