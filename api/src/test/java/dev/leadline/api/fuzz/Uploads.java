package dev.leadline.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multipart bodies for the upload: a valid one, and hostile file contents, file names and
 * envelopes (each list stays under the per-tenant upload limit).
 */
final class Uploads {

	private static final String BOUNDARY = "fuzzBoundary7MA4YWxk";

	private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

	private Uploads() {
	}

	record Part(String label, String contentType, byte[] body) {
	}

	static Part valid() {
		return file("valid", "contacts.csv", ascii("Email,Name\nada@fuzz.example,Ada\n"));
	}

	static Map<String, List<Part>> hostile() {
		Map<String, List<Part>> hostile = new LinkedHashMap<>();
		hostile.put("file content",
				List.of(content("NUL bytes", ascii("Email,Name\nada@x.example,A\0da\n\0\0\n")),
						content("invalid UTF-8", bytes("Email,Name\nada@x.example,", 0xC3, 0x28, 0xFF, 0xFE, '\n')),
						content("binary", allBytes()), content("empty", new byte[0]),
						content("overlong header (100k)", ascii(HostileValues.OVERLONG + "\n1\n")),
						content("overlong cell (100k)",
								ascii("Email,Name\nada@x.example," + HostileValues.OVERLONG + "\n")),
						content("600 columns", ascii("c,".repeat(600) + "\n" + "1,".repeat(600) + "\n")),
						content("unbalanced quotes", ascii("Email,Name\n\"ada@x.example,\"\"\"A\n")),
						content("only a BOM", bytes("", 0xEF, 0xBB, 0xBF)),
						content("UTF-16 without BOM", "Email,Name\n".getBytes(StandardCharsets.UTF_16LE)),
						content("formula cells", ascii("Email,Name\n=cmd|' /C calc'!A0,+SUM(1)\n"))));
		hostile.put("file name",
				List.of(file("NUL", "a\0.csv", valid().body()),
						file("overlong (100k)", HostileValues.OVERLONG + ".csv", valid().body()),
						file("path traversal", "../../../etc/passwd", valid().body()),
						file("invalid UTF-8", "\u00C3(\u00FF.csv", valid().body()), file("empty", "", valid().body()),
						file("quote", "a\".csv", valid().body())));
		hostile.put("multipart envelope",
				List.of(new Part("no boundary", "multipart/form-data", valid().body()),
						new Part("another boundary", "multipart/form-data; boundary=other", valid().body()),
						new Part("truncated", MULTIPART, ascii("--" + BOUNDARY
								+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc")),
						new Part("part named otherwise", MULTIPART, part("other", "a.csv", valid().body())),
						new Part("no parts", MULTIPART, ascii("--" + BOUNDARY + "--\r\n")),
						new Part("overlong part header", MULTIPART, ascii("--" + BOUNDARY
								+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nX-Big: "
								+ HostileValues.OVERLONG + "\r\n\r\nEmail\r\n--" + BOUNDARY + "--\r\n")),
						new Part("multipart/mixed", "multipart/mixed; boundary=" + BOUNDARY, valid().body())));
		return hostile;
	}

	private static Part content(String label, byte[] csv) {
		return file(label, "contacts.csv", csv);
	}

	private static Part file(String label, String filename, byte[] csv) {
		return new Part(label, MULTIPART, part("file", filename, csv));
	}

	private static byte[] part(String name, String filename, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
		return body.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(String prefix, int... bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(ascii(prefix));
		for (int b : bytes) {
			out.write(b);
		}
		return out.toByteArray();
	}

	private static byte[] allBytes() {
		byte[] all = new byte[4096];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) (i * 31 + 7);
		}
		return all;
	}

}
