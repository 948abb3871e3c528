package dev.leadline.api.system.ratelimit;

import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
import dev.leadline.api.system.web.ClientAddress;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits /api requests per tenant and endpoint class (reads, writes, uploads, job
 * triggers), or per client address without a session. Login has its own per-address and
 * per-account limits in the auth service. Runs after the tenant of the request is known
 * (see the auth package's tenant filter).
 */
public class RateLimitFilter extends OncePerRequestFilter {

	private static final List<String> OWN_LIMITS = List.of("/api/v1/auth/login");

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	private final ClientAddress clientAddress;

	private final JsonMapper json;

	private final AntPathMatcher paths = new AntPathMatcher();

	public RateLimitFilter(RateLimiter limiter, RateLimitProperties limits, ClientAddress clientAddress,
			JsonMapper json) {
		this.limiter = limiter;
		this.limits = limits;
		this.clientAddress = clientAddress;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !limits.enabled() || !path.startsWith("/api/") || OWN_LIMITS.contains(path)
				|| "OPTIONS".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RateLimiter.Decision decision = decide(request);
		response.setHeader("RateLimit-Policy", decision.policyHeader());
		response.setHeader("RateLimit", decision.stateHeader());
		if (!decision.allowed()) {
			write(response, decision, json);
			return;
		}
		chain.doFilter(request, response);
	}

	private RateLimiter.Decision decide(HttpServletRequest request) {
		Long tenantId = TenantContext.current().map(TenantScope::tenantId).orElse(null);
		if (tenantId != null) {
			String kind = kind(request);
			RateLimitProperties.Limit limit = switch (kind) {
				case "uploads" -> limits.uploads();
				case "job-triggers" -> limits.jobTriggers();
				case "writes" -> limits.writes();
				default -> limits.reads();
			};
			String key = "tenant:" + tenantId + ":" + kind;
			return kind.equals("reads") ? limiter.consumeBatched(key, kind, limit) : limiter.consume(key, kind, limit);
		}
		return limiter.consume("address:" + clientAddress.of(request), "anonymous", limits.anonymous());
	}

	private String kind(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			return "reads";
		}
		String path = request.getRequestURI();
		if (limits.jobTriggerPaths().stream().anyMatch(pattern -> paths.match(pattern, path))) {
			return "job-triggers";
		}
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			return "uploads";
		}
		return "writes";
	}

	/** The 429 answer, the same as the login limits' (which MVC writes). */
	private static void write(HttpServletResponse response, RateLimiter.Decision decision, JsonMapper json)
			throws IOException {
		RateLimitExceededException refusal = new RateLimitExceededException(decision);
		refusal.headers().forEach((name, values) -> response.setHeader(name, values.get(0)));
		ProblemResponses.write(response, ProblemTypes.problem(refusal), json);
	}

}
