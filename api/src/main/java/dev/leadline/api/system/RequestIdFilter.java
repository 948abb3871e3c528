package dev.leadline.api.system;

import dev.leadline.api.audit.AuditLog;
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
 * Gives every request an id (the caller's X-Request-Id when it is sane, else a new one), echoes it, and
 * puts it and the client address in the logging context for logs and audit events.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
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
        MDC.put(AuditLog.MDC_REQUEST_ID, id);
        MDC.put(AuditLog.MDC_CLIENT_IP, clientAddress.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(AuditLog.MDC_REQUEST_ID);
            MDC.remove(AuditLog.MDC_CLIENT_IP);
        }
    }
}
