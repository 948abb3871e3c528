package dev.leadline.api.system.problems;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem details from places outside Spring MVC (servlet filters), in the same
 * shape MVC does.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}

}
