package dev.leadline.api.system.process;

import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a worker-only process the API and dashboard are off: only /actuator answers, so an
 * orchestrator can still probe health and scrape metrics.
 */
@Component
class ApiRoleFilter extends OncePerRequestFilter {

	private final boolean apiEnabled;

	private final JsonMapper json;

	ApiRoleFilter(LeadlineProperties leadline, JsonMapper json) {
		this.apiEnabled = leadline.serves(ProcessRole.API);
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return apiEnabled || request.getRequestURI().startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ProblemResponses
			.write(response, ProblemTypes.problem(HttpStatus.NOT_FOUND, "api-role-disabled", "API not served here",
					"This Leadline process runs as a worker only; the API is served by processes with the api role."),
					json);
	}

}
