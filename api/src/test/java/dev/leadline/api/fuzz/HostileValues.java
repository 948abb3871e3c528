package dev.leadline.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile values, fixed and exhaustive (no randomness): each is sent to every
 * parameter or field of its kind.
 */
final class HostileValues {

	static final String OVERLONG = "x".repeat(100_000);

	/** Nesting far beyond any parser's default limit. */
	static final int DEPTH = 10_000;

	private HostileValues() {
	}

	/** A value and what it tries. */
	record Hostile(String label, byte[] bytes) {

		/** The bytes as ISO-8859-1 chars, one char per byte. */
		String raw() {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}

	}

	/**
	 * Values of query and path parameters, already percent-encoded (some of them
	 * wrongly).
	 */
	static final List<Hostile> URL = List.of(ascii("NUL", "a%00b"), ascii("control characters", "%01%1B%7F"),
			ascii("CR LF", "a%0D%0AX-Injected:%201"), ascii("overlong (100k)", OVERLONG),
			ascii("long (5k)", "x".repeat(5_000)), ascii("empty", ""), ascii("blank", "%20%09"),
			ascii("text for a number", "abc"), ascii("object", "%7B%22a%22%3A1%7D"), ascii("array", "%5B1%2C2%5D"),
			ascii("boolean", "true"), ascii("decimal", "1.5"), ascii("negative", "-1"), ascii("zero", "0"),
			ascii("1e400", "1e400"), ascii("2^63", "9223372036854775808"), ascii("-2^63-1", "-9223372036854775809"),
			ascii("400 digits", "1" + "0".repeat(400)), ascii("NaN", "NaN"), ascii("invalid UTF-8 (C3 28)", "%C3%28"),
			ascii("invalid UTF-8 (FF FE)", "%FF%FE"), ascii("overlong UTF-8 NUL", "%C0%80"),
			ascii("UTF-8 of a surrogate", "%ED%A0%80"), ascii("broken percent-encoding", "%zz"),
			ascii("truncated percent-encoding", "abc%"),
			ascii("emoji and right-to-left override", "%F0%9F%98%80%E2%80%AE"), ascii("SQL", "'%20OR%201%3D1--"),
			ascii("path traversal", "..%2F..%2Fetc%2Fpasswd"), ascii("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
			ascii("LIKE wildcards", "%25_%5C"));

	/** Header values as raw bytes. */
	static final List<Hostile> HEADER = List.of(ascii("NUL", "a\0b"), ascii("control characters", "\u0001\u001b"),
			ascii("overlong (100k)", OVERLONG), ascii("long (7k)", "x".repeat(7_000)), ascii("empty", ""),
			ascii("text for a number", "abc"), ascii("object", "{\"a\":1}"), ascii("array", "[1,2]"),
			ascii("1e400", "1e400"), ascii("2^63", "9223372036854775808"), ascii("-2^63-1", "-9223372036854775809"),
			bytes("invalid UTF-8 (C3 28)", 'a', 0xC3, 0x28), bytes("invalid UTF-8 (FF FE)", 0xFF, 0xFE),
			utf8("emoji and right-to-left override", "\uD83D\uDE00\u202E"), ascii("SQL", "' OR 1=1--"),
			ascii("header injection", "a\r\nX-Injected: 1"), ascii("obsolete line folding", "a\r\n b"));

	/** Values of a JSON field, as the raw JSON text that replaces the field's value. */
	static final List<Hostile> JSON = List.of(ascii("escaped NUL", "\"a\\u0000b\""),
			ascii("raw NUL in a string", "\"a\0b\""), ascii("escaped control characters", "\"\\u0001\\u001b\""),
			ascii("overlong string (100k)", "\"" + OVERLONG + "\""), ascii("empty string", "\"\""),
			ascii("blank string", "\"  \\t \""), ascii("text for a number", "\"abc\""), ascii("object", "{\"a\":1}"),
			ascii("empty array", "[]"), ascii("mixed array", "[1,\"a\",null,{}]"), ascii("boolean", "true"),
			ascii("decimal", "1.5"), ascii("negative", "-1"), ascii("zero", "0"), ascii("1e400", "1e400"),
			ascii("-1e400", "-1e400"), ascii("2^63", "9223372036854775808"), ascii("-2^63-1", "-9223372036854775809"),
			ascii("400 digits", "1" + "0".repeat(400)), ascii("null", "null"), ascii("NaN", "NaN"),
			ascii("leading zero", "01"), bytes("invalid UTF-8 (C3 28)", '"', 'a', 0xC3, 0x28, '"'),
			bytes("invalid UTF-8 (FF FE)", '"', 0xFF, 0xFE, '"'), bytes("overlong UTF-8 NUL", '"', 0xC0, 0x80, '"'),
			ascii("lone surrogate", "\"\\ud800\""), utf8("emoji and right-to-left override", "\"\uD83D\uDE00\u202E\""),
			ascii("SQL", "\"' OR 1=1--\""), ascii("path traversal", "\"../../etc/passwd\""),
			ascii("LIKE wildcards", "\"%_\\\\\""), ascii("nested arrays (10k)", "[".repeat(DEPTH) + "]".repeat(DEPTH)),
			ascii("nested objects (10k)", "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)));

	/** JSON strings for a map's keys (a key is always a string). */
	static final List<Hostile> JSON_KEYS = List.of(ascii("escaped NUL", "\"a\\u0000b\""),
			ascii("overlong string (100k)", "\"" + OVERLONG + "\""), ascii("empty string", "\"\""),
			bytes("invalid UTF-8 (C3 28)", '"', 'a', 0xC3, 0x28, '"'), ascii("lone surrogate", "\"\\ud800\""),
			ascii("reserved key", "\"tenant.id\""), ascii("reserved key (run)", "\"run.id\""));

	/** Whole bodies: every field value, plus what only a body can be. */
	static List<Hostile> bodies() {
		List<Hostile> bodies = new ArrayList<>(JSON);
		bodies.add(ascii("no body", ""));
		bodies.add(ascii("truncated JSON", "{\"a\":"));
		bodies.add(ascii("trailing garbage", "{}}"));
		bodies.add(ascii("duplicate keys", "{\"a\":1,\"a\":2}"));
		bodies.add(ascii("unknown field", "{\"fuzzUnknown\":1}"));
		bodies.add(ascii("comment", "/* a */ {}"));
		bodies.add(bytes("UTF-16 BOM", 0xFE, 0xFF, 0, '{', 0, '}'));
		return bodies;
	}

	private static Hostile ascii(String label, String text) {
		return new Hostile(label, text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Hostile utf8(String label, String text) {
		return new Hostile(label, text.getBytes(StandardCharsets.UTF_8));
	}

	private static Hostile bytes(String label, int... bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int b : bytes) {
			out.write(b);
		}
		return new Hostile(label, out.toByteArray());
	}

}
