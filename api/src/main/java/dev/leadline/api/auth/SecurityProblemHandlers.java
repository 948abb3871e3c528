package dev.leadline.api.auth;

import dev.leadline.api.system.ProblemResponses;
import dev.leadline.api.system.ProblemTypes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 raised by the security filters, as problem details. The cause is never revealed in detail. */
@Component
class SecurityProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    SecurityProblemHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean tokenPresented = request.getHeader("Authorization") != null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, tokenPresented
                ? "The access token is invalid, expired or revoked. Sign in again or refresh the token."
                : "This endpoint needs an access token: Authorization: Bearer <token>.");
        problem.setType(ProblemTypes.of(tokenPresented ? "invalid-token" : "unauthenticated"));
        problem.setTitle(tokenPresented ? "Invalid access token" : "Authentication required");
        response.setHeader("WWW-Authenticate", tokenPresented
                ? "Bearer error=\"invalid_token\"" : "Bearer");
        ProblemResponses.write(response, problem, json);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(response, forbidden(), json);
    }

    static ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role does not allow this.");
        problem.setType(ProblemTypes.of("forbidden"));
        problem.setTitle("Forbidden");
        return problem;
    }
}
