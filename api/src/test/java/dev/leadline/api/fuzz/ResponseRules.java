package dev.leadline.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer to hostile input must be: no 5xx; a success, or problem details with
 * a stable type of the known set; no Java class names; the security headers.
 */
final class ResponseRules {

	/**
	 * The problem types a client may see, from ProblemTypes.forStatus, the problem
	 * details advice, the filters and the features' ProblemExceptions. A new condition
	 * adds its slug here; internal-error and service-unavailable are never an answer to
	 * input.
	 */
	static final Set<String> PROBLEM_TYPES = Set.of("bad-request", "unauthenticated", "invalid-token", "forbidden",
			"not-found", "method-not-allowed", "not-acceptable", "conflict", "payload-too-large",
			"unsupported-media-type", "unprocessable-content", "too-many-requests", "validation-failed",
			"malformed-request", "invalid-character", "invalid-query-string", "invalid-cursor", "invalid-field",
			"invalid-credentials", "invalid-refresh-token", "email-taken", "email-in-use", "domain-in-use",
			"view-name-taken", "too-many-views", "last-owner", "slug-taken", "job-run-conflict", "unknown-job",
			"reserved-job-parameter", "idempotency-key-reused", "import-state-conflict", "invalid-mapping",
			"unreadable-file", "insufficient-credits", "invalid-enrichment-request", "unknown-enrichment-stage",
			"nothing-to-enrich", "enrichment-stage-unavailable", "invalid-report-request", "nothing-to-report");

	/**
	 * Names of Java packages or exceptions: a body must never show the implementation.
	 * Bounded and anchored at word starts: an answer that echoes an overlong hostile
	 * value must not make the search quadratic.
	 */
	static final Pattern CLASS_NAMES = Pattern
		.compile("\\b(java|javax|jakarta|sun|com\\.sun|org\\.springframework|org\\.apache|org\\.jooq|org\\.postgresql"
				+ "|tools\\.jackson|com\\.fasterxml|io\\.swagger|dev\\.leadline)\\.[a-zA-Z]"
				+ "|\\b[A-Za-z]{1,80}(Exception|Error)\\b|\\bat [a-z]+\\.[a-zA-Z.$]+\\(");

	private static final String PREFIX = "https://leadline.dev/problems/";

	private final JsonMapper json;

	ResponseRules(JsonMapper json) {
		this.json = json;
	}

	/** What is wrong with the answer, in words; empty when nothing is. */
	List<String> violations(RawHttp.Response response) {
		List<String> violations = new ArrayList<>();
		if (response.status() == 0) {
			violations.add("no answer: " + response.body());
			return violations;
		}
		if (response.status() >= 500) {
			violations.add("status " + response.status());
		}
		if (response.status() == 429) {
			violations.add("rate limited: the fuzz test's arena is too small for this many requests");
		}
		if (response.status() >= 400) {
			violations.addAll(problemViolations(response));
		}
		// Successes carry stored data: a job run's failure reason legitimately names its
		// exception (the admin job list shows every tenant's runs).
		var leak = CLASS_NAMES.matcher(response.status() >= 400 ? response.body() : "");
		if (leak.find()) {
			violations.add("names a Java class: '" + leak.group() + "' in " + shortened(response.body()));
		}
		violations.addAll(headerViolations(response));
		return violations;
	}

	private List<String> problemViolations(RawHttp.Response response) {
		String contentType = String.valueOf(response.header("Content-Type"));
		if (!contentType.startsWith("application/problem+json")) {
			return List.of("status " + response.status() + " as " + contentType + ", not problem details: "
					+ shortened(response.body()));
		}
		JsonNode problem;
		try {
			problem = json.readTree(response.body());
		}
		catch (JacksonException e) {
			return List.of("problem details that are not JSON: " + shortened(response.body()));
		}
		List<String> violations = new ArrayList<>();
		String type = problem.path("type").asString("");
		if (!type.startsWith(PREFIX) || !PROBLEM_TYPES.contains(type.substring(PREFIX.length()))) {
			violations.add("problem type '" + type + "' is not one of the known types");
		}
		if (problem.path("status").asInt() != response.status()) {
			violations.add("problem status " + problem.path("status") + " differs from " + response.status());
		}
		if (problem.path("title").asString("").isBlank()) {
			violations.add("problem without a title");
		}
		return violations;
	}

	private static List<String> headerViolations(RawHttp.Response response) {
		List<String> violations = new ArrayList<>();
		String csp = String.valueOf(response.header("Content-Security-Policy"));
		if (!csp.contains("default-src 'self'") || !csp.contains("frame-ancestors 'none'")) {
			violations.add("Content-Security-Policy missing or weak: " + csp);
		}
		expect(response, "X-Content-Type-Options", "nosniff", violations);
		expect(response, "X-Frame-Options", "DENY", violations);
		expect(response, "Referrer-Policy", "strict-origin-when-cross-origin", violations);
		if (response.status() >= 400 && !String.valueOf(response.header("Cache-Control")).contains("no-store")) {
			violations.add("an error without Cache-Control: no-store: " + response.header("Cache-Control"));
		}
		return violations;
	}

	private static void expect(RawHttp.Response response, String name, String value, List<String> violations) {
		if (!value.equalsIgnoreCase(String.valueOf(response.header(name)))) {
			violations.add(name + " is " + response.header(name) + ", not " + value);
		}
	}

	static String shortened(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
	}

}
