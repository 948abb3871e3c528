package dev.leadline.jobs.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request and its answer on a fresh connection to exactly the address given
 * (never a name to resolve again), TLS verified against the URL's host name. The body is
 * read only when wanted, within the size cap; every read is bounded by the read timeout
 * and by what is left of the total time.
 */
final class Http11Exchange {

	private static final int MAX_LINE = 8192;

	private static final int MAX_HEADER_BYTES = 65536;

	/** The status, headers and (when read) body of one hop. */
	record Answer(int status, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			List<String> values = this.headers.get(name);
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		String mediaType() {
			String type = header("content-type");
			return (type == null) ? null : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		}

	}

	/** Decides, once the headers are in, whether to read the body. */
	interface BodyDecision {

		/**
		 * @return whether to read the body
		 * @throws FetchRefusedException to refuse the answer unread
		 */
		boolean read(int status, Map<String, List<String>> headers);

	}

	private final FetchLimits limits;

	private final SSLSocketFactory tls;

	Http11Exchange(FetchLimits limits, SSLSocketFactory tls) {
		this.limits = limits;
		this.tls = tls;
	}

	Answer exchange(Target target, InetSocketAddress endpoint, String method, Map<String, String> headers, byte[] body,
			long deadline, BodyDecision decision) throws IOException {
		try (Socket socket = connect(target, endpoint, deadline)) {
			OutputStream out = socket.getOutputStream();
			out.write(requestHead(target, method, headers, body).getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			InputStream in = new java.io.BufferedInputStream(new DeadlineInput(socket, this.limits, deadline));
			int status;
			Map<String, List<String>> answerHeaders;
			do {
				status = statusLine(readLine(in));
				answerHeaders = headers(in);
			}
			while (status >= 100 && status < 200);
			boolean noBody = method.equals("HEAD") || status == 204 || status == 304;
			if (noBody || !decision.read(status, answerHeaders)) {
				return new Answer(status, answerHeaders, new byte[0]);
			}
			return new Answer(status, answerHeaders, body(in, answerHeaders));
		}
	}

	private Socket connect(Target target, InetSocketAddress endpoint, long deadline) throws IOException {
		Socket socket = new Socket();
		try {
			socket.connect(endpoint, DeadlineInput.timeout(this.limits.connectTimeout().toMillis(), deadline));
			if (!target.https()) {
				return socket;
			}
			socket.setSoTimeout(DeadlineInput.timeout(this.limits.connectTimeout().toMillis(), deadline));
			SSLSocket tlsSocket = (SSLSocket) this.tls.createSocket(socket, target.host(), target.port(), true);
			SSLParameters parameters = tlsSocket.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			if (HostLiterals.isName(target.host())) {
				parameters.setServerNames(List.of(new SNIHostName(target.host())));
			}
			tlsSocket.setSSLParameters(parameters);
			try {
				tlsSocket.startHandshake();
			}
			catch (SocketTimeoutException ex) {
				// Connected, but nothing that speaks TLS answered: a failed handshake,
				// not a
				// slow site (a caller may try plain http).
				SSLHandshakeException noTls = new SSLHandshakeException(
						"No TLS answer from " + target.host() + " within the connect timeout");
				noTls.initCause(ex);
				throw noTls;
			}
			return tlsSocket;
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private static String requestHead(Target target, String method, Map<String, String> headers, byte[] body) {
		StringBuilder head = new StringBuilder(method).append(' ')
			.append(target.pathAndQuery())
			.append(" HTTP/1.1\r\n");
		head.append("Host: ").append(target.hostHeader()).append("\r\n");
		boolean userAgent = false;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			String name = header.getKey().toLowerCase(Locale.ROOT);
			if (name.equals("host") || name.equals("connection") || name.equals("content-length")
					|| name.equals("transfer-encoding") || name.equals("accept-encoding")) {
				continue;
			}
			userAgent |= name.equals("user-agent");
			head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
		}
		if (!userAgent) {
			head.append("User-Agent: Leadline/1.0 (+https://leadline.dev/bot)\r\n");
		}
		head.append("Accept-Encoding: identity\r\nConnection: close\r\n");
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		return head.append("\r\n").toString();
	}

	private static int statusLine(String line) throws IOException {
		String[] parts = line.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
			throw new IOException("Not an HTTP/1.x answer: " + abbreviate(line));
		}
		return Integer.parseInt(parts[1]);
	}

	private static Map<String, List<String>> headers(InputStream in) throws IOException {
		Map<String, List<String>> headers = new TreeMap<>();
		int bytes = 0;
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			bytes += line.length();
			int colon = line.indexOf(':');
			if (bytes > MAX_HEADER_BYTES || colon <= 0) {
				throw new IOException((colon <= 0) ? "A malformed header line" : "Headers over 64 KB");
			}
			headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), (k) -> new ArrayList<>())
				.add(line.substring(colon + 1).trim());
		}
		return headers;
	}

	private byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
		List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
		if (encoding.stream().anyMatch((value) -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
			return chunked(in);
		}
		List<String> length = headers.get("content-length");
		if (length != null) {
			long declared = contentLength(length);
			if (declared > this.limits.maxBytes()) {
				throw tooLarge("declares " + declared + " bytes");
			}
			byte[] body = in.readNBytes((int) declared);
			if (body.length < declared) {
				throw new IOException("The body ended after " + body.length + " of " + declared + " bytes");
			}
			return body;
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		copy(in, body, Long.MAX_VALUE);
		return body.toByteArray();
	}

	private byte[] chunked(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String line = readLine(in);
			String size = line.split(";", 2)[0].trim();
			if (!size.matches("[0-9a-fA-F]{1,8}")) {
				throw new IOException("A malformed chunk size: " + abbreviate(line));
			}
			long chunk = Long.parseLong(size, 16);
			if (chunk == 0) {
				headers(in);
				return body.toByteArray();
			}
			if (copy(in, body, chunk) < chunk) {
				throw new IOException("The body ended inside a chunk");
			}
			readLine(in);
		}
	}

	/** Copies up to {@code most} bytes, refusing a body over the cap. */
	private long copy(InputStream in, ByteArrayOutputStream body, long most) throws IOException {
		byte[] buffer = new byte[8192];
		long copied = 0;
		while (copied < most) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, most - copied));
			if (read < 0) {
				break;
			}
			if (body.size() + read > this.limits.maxBytes()) {
				throw tooLarge("is larger");
			}
			body.write(buffer, 0, read);
			copied += read;
		}
		return copied;
	}

	private FetchRefusedException tooLarge(String what) {
		return new FetchRefusedException(FetchRefusedException.Reason.TOO_LARGE,
				"The body " + what + " than the cap of " + this.limits.maxBytes() + " bytes");
	}

	private static long contentLength(List<String> values) throws IOException {
		String value = values.get(0);
		if (!value.matches("[0-9]{1,18}") || values.stream().anyMatch((other) -> !other.equals(value))) {
			throw new IOException("A malformed Content-Length");
		}
		return Long.parseLong(value);
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("The connection closed mid-answer");
			}
			if (line.length() >= MAX_LINE) {
				throw new IOException("A line over 8 KB");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "..." : text;
	}

	/** Bounds each read by the read timeout and by what is left of the total time. */
	private static final class DeadlineInput extends java.io.FilterInputStream {

		private final Socket socket;

		private final long readTimeout;

		private final long deadline;

		DeadlineInput(Socket socket, FetchLimits limits, long deadline) throws IOException {
			super(socket.getInputStream());
			this.socket = socket;
			this.readTimeout = limits.readTimeout().toMillis();
			this.deadline = deadline;
		}

		static int timeout(long millis, long deadline) throws SocketTimeoutException {
			long left = (deadline - System.nanoTime()) / 1_000_000;
			if (left <= 0) {
				throw new SocketTimeoutException("The total timeout ran out");
			}
			return (int) Math.max(1, Math.min(millis, left));
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int timeout = timeout(this.readTimeout, this.deadline);
			this.socket.setSoTimeout(timeout);
			try {
				return super.read(buffer, offset, length);
			}
			catch (SocketTimeoutException ex) {
				// A wait cut to what was left of the total is the total running out, even
				// when the socket's whole milliseconds end a moment before the deadline.
				if (timeout < this.readTimeout || System.nanoTime() - this.deadline >= 0) {
					throw new SocketTimeoutException("The total timeout ran out");
				}
				throw new SocketTimeoutException(
						"Silent for longer than the read timeout of " + this.readTimeout + " ms");
			}
		}

	}

}
