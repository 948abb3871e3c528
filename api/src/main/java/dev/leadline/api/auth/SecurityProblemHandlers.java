package dev.leadline.api.auth;

import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
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

/**
 * 401 and 403 raised by the security filters, as problem details. The cause is never
 * revealed in detail.
 */
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
		ProblemDetail problem = tokenPresented
				? ProblemTypes.problem(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid access token",
						"The access token is invalid, expired or revoked. Sign in again or refresh the token.")
				: ProblemTypes.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
						"This endpoint needs an access token: Authorization: Bearer <token>.");
		response.setHeader("WWW-Authenticate", tokenPresented ? "Bearer error=\"invalid_token\"" : "Bearer");
		ProblemResponses.write(response, problem, json);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		ProblemResponses.write(response, forbidden(), json);
	}

	static ProblemDetail forbidden() {
		return ProblemTypes.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this.");
	}

}
