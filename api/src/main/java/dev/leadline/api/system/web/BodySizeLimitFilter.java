package dev.leadline.api.system.web;

import dev.leadline.api.system.problems.BodyTooLargeException;
import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies above the limit with 413: before reading them when their length
 * is declared, and while they are read when it is not (chunked), by counting the bytes.
 * Uploads (multipart) have the import file limit plus room for the multipart envelope; an
 * upload without a declared length is cut off while it is stored.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

	private static final long MULTIPART_ENVELOPE = 64 * 1024;

	private final long maxBytes;

	private final long maxUploadBytes;

	private final JsonMapper json;

	public BodySizeLimitFilter(HttpProperties http, long maxUploadBytes, JsonMapper json) {
		this.maxBytes = http.maxJsonBody().toBytes();
		this.maxUploadBytes = maxUploadBytes;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean upload = contentType != null && contentType.toLowerCase().startsWith("multipart/");
		long limit = upload ? maxUploadBytes + MULTIPART_ENVELOPE : maxBytes;
		if (request.getContentLengthLong() > limit) {
			refuse(response, "The request body is " + request.getContentLengthLong() + " bytes; the limit is "
					+ (upload ? maxUploadBytes + " bytes for an uploaded file." : maxBytes + " bytes."));
			return;
		}
		try {
			chain.doFilter(upload ? request : new LimitedRequest(request, maxBytes), response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			// Usually MVC answers the overflow; this catches it when something else read
			// the body.
			if (BodyTooLargeException.in(failure) == null || response.isCommitted()) {
				throw failure;
			}
			response.reset();
			refuse(response, "The request body is larger than the limit of " + maxBytes + " bytes.");
		}
	}

	private void refuse(HttpServletResponse response, String detail) throws IOException {
		ProblemDetail problem = ProblemTypes.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
				"Request body too large", detail);
		ProblemResponses.write(response, problem, json);
	}

	/** The request with its body counted as it is read. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream body;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (body == null) {
				body = new LimitedInputStream(super.getInputStream(), limit);
			}
			return body;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding)
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
