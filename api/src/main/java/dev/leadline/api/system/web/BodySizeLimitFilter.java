package dev.leadline.api.system.web;

import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies above the limit with 413 before reading them, from the declared
 * length. Uploads (multipart) have the import file limit plus room for the multipart
 * envelope; an upload without a declared length is cut off while it is stored.
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
			ProblemDetail problem = ProblemTypes.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
					"Request body too large",
					"The request body is " + request.getContentLengthLong() + " bytes; the limit is "
							+ (upload ? maxUploadBytes + " bytes for an uploaded file." : maxBytes + " bytes."));
			response.setHeader("Connection", "close");
			ProblemResponses.write(response, problem, json);
			return;
		}
		chain.doFilter(request, response);
	}

}
