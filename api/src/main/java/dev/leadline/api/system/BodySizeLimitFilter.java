package dev.leadline.api.system;

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
 * Refuses request bodies above the limit with 413 before reading them, from the declared length.
 * Uploads (multipart) have their own, larger limit in the multipart configuration.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final JsonMapper json;

    public BodySizeLimitFilter(HttpProperties http, JsonMapper json) {
        this.maxBytes = http.maxJsonBody().toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ProblemDetail problem = ProblemTypes.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "Request body too large", "The request body is " + request.getContentLengthLong()
                            + " bytes; the limit is " + maxBytes + " bytes.");
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, problem, json);
            return;
        }
        chain.doFilter(request, response);
    }
}
