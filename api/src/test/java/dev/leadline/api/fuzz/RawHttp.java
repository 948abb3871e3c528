package dev.leadline.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a fresh socket, the bytes exactly as given: request targets with raw or
 * broken percent-encoding, header values no client library would send, bodies with
 * invalid UTF-8, and bodies sent chunked (without a declared length).
 */
final class RawHttp {

	private static final int CHUNK = 64 * 1024;

	private final int port;

	private int sent;

	private final java.util.PriorityQueue<Slow> slowest = new java.util.PriorityQueue<>(
			java.util.Comparator.comparingLong(Slow::millis));

	/** A request that took long, for the report. */
	record Slow(long millis, String request) {
	}

	RawHttp(int port) {
		this.port = port;
	}

	/** How many requests went out. */
	int sent() {
		return this.sent;
	}

	/** The slowest requests, slowest first. */
	java.util.List<Slow> slowest() {
		return slowest.stream().sorted(java.util.Comparator.comparingLong(Slow::millis).reversed()).toList();
	}

	Response exchange(Request request) {
		long started = System.nanoTime();
		try {
			return send(request);
		}
		finally {
			slowest.add(new Slow((System.nanoTime() - started) / 1_000_000, request.shown()));
			if (slowest.size() > 15) {
				slowest.poll();
			}
		}
	}

	private Response send(Request request) {
		sent++;
		try (Socket socket = new Socket("localhost", port)) {
			// Guards the build against a hung connection; no assertion depends on it.
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			IOException writeFailure = null;
			try {
				out.write(head(request));
				if (request.chunked()) {
					for (int offset = 0; offset < request.body().length; offset += CHUNK) {
						int length = Math.min(CHUNK, request.body().length - offset);
						out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
						out.write(request.body(), offset, length);
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				else if (request.body() != null) {
					out.write(request.body());
				}
				out.flush();
			}
			catch (IOException e) {
				// The server may answer (413) and close before the whole body is sent.
				writeFailure = e;
			}
			byte[] answer = readAll(socket.getInputStream());
			if (answer.length == 0) {
				return Response.none(writeFailure == null ? "connection closed without an answer"
						: "connection closed while sending: " + writeFailure.getMessage());
			}
			return Response.parse(answer);
		}
		catch (IOException e) {
			return Response.none(e.toString());
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[CHUNK];
		try {
			for (int n; (n = in.read(buffer)) != -1;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (IOException e) {
			// A reset after the answer was read leaves the answer usable.
			if (bytes.size() == 0) {
				throw e;
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] head(Request request) {
		StringBuilder head = new StringBuilder();
		head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
		head.append("Host: localhost\r\nConnection: close\r\n");
		request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (request.chunked()) {
			head.append("Transfer-Encoding: chunked\r\n");
		}
		else if (request.body() != null) {
			head.append("Content-Length: ").append(request.body().length).append("\r\n");
		}
		head.append("\r\n");
		// Each char is one byte: raw bytes (NUL, invalid UTF-8) travel unchanged.
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * One request. {@code target} and header values are bytes as ISO-8859-1 chars;
	 * {@code body} is null for none.
	 */
	record Request(String label, String method, String target, Map<String, String> headers, byte[] body,
			boolean chunked) {

		Request withHeader(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(headers);
			more.put(name, value);
			return new Request(label, method, target, more, body, chunked);
		}

		Request withoutHeader(String name) {
			Map<String, String> fewer = new LinkedHashMap<>(headers);
			fewer.remove(name);
			return new Request(label, method, target, fewer, body, chunked);
		}

		/** The request line, shortened for a report. */
		String shown() {
			String line = method + " " + target;
			return label + ": " + (line.length() > 160 ? line.substring(0, 160) + "…" : line);
		}

	}

	/** An answer; status 0 when there was none ({@code body} says why). */
	record Response(int status, Map<String, String> headers, String body) {

		static Response none(String why) {
			return new Response(0, Map.of(), why);
		}

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		static Response parse(byte[] answer) {
			int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			if (end < 0) {
				return none("an answer without a complete head: "
						+ new String(answer, 0, Math.min(answer.length, 200), StandardCharsets.ISO_8859_1));
			}
			String[] lines = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
			String[] statusLine = lines[0].split(" ", 3);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim());
				}
			}
			byte[] body = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Response(Integer.parseInt(statusLine[1]), headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, at, "\r\n".getBytes(StandardCharsets.US_ASCII));
				if (lineEnd < 0) {
					break;
				}
				String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
				int length = Integer.parseInt(size, 16);
				if (length == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
				at = lineEnd + 2 + length + 2;
			}
			return body.toByteArray();
		}

		private static int indexOf(byte[] data, byte[] pattern) {
			return indexOf(data, 0, pattern);
		}

		private static int indexOf(byte[] data, int from, byte[] pattern) {
			outer: for (int i = from; i <= data.length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
