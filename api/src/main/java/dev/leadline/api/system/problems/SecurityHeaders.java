package dev.leadline.api.system.problems;

import java.time.Duration;
import java.util.Map;

/**
 * The security headers of every response: the security filter chain writes them on what
 * reaches it, {@link ProblemErrorReportValve} and {@link ProblemErrorController} on what
 * the container refuses before any filter runs. Caddy sets the same in production.
 */
public final class SecurityHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** How long browsers keep to HTTPS once they saw it (only sent over TLS). */
	public static final Duration STRICT_TRANSPORT_SECURITY_MAX_AGE = Duration.ofDays(730);

	private SecurityHeaders() {
	}

	/** The headers of a response, HSTS included when the request came over TLS. */
	public static Map<String, String> of(boolean secure) {
		Map<String, String> headers = new java.util.LinkedHashMap<>();
		headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
		headers.put("Cache-Control", "no-store");
		if (secure) {
			headers.put("Strict-Transport-Security",
					"max-age=" + STRICT_TRANSPORT_SECURITY_MAX_AGE.toSeconds() + "; includeSubDomains");
		}
		return headers;
	}

}
