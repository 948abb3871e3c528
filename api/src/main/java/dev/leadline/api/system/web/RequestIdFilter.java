package dev.leadline.api.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a new one),
 * echoes it, and puts it and the client address in the logging context for logs and audit
 * events.
 */
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	/** Logging-context key of the request id. */
	public static final String MDC_REQUEST_ID = "requestId";

	/** Logging-context key of the client address. */
	public static final String MDC_CLIENT_IP = "clientIp";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	private final ClientAddress clientAddress;

	public RequestIdFilter(ClientAddress clientAddress) {
		this.clientAddress = clientAddress;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String offered = request.getHeader(HEADER);
		String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
		response.setHeader(HEADER, id);
		MDC.put(MDC_REQUEST_ID, id);
		MDC.put(MDC_CLIENT_IP, clientAddress.of(request));
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_REQUEST_ID);
			MDC.remove(MDC_CLIENT_IP);
		}
	}

}
