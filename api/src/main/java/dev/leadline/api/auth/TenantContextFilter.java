package dev.leadline.api.auth;

import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import dev.leadline.jobs.logging.LoggingContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place a request's tenant is decided: the signed-in user's tenant, for the whole
 * request. Every connection the request takes declares it to PostgreSQL, whose row level
 * security does the filtering. Tenant and user are also in the logging context, so every
 * line the request logs names them.
 */
class TenantContextFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			try (TenantContext.Entered ignored = TenantContext.enter(TenantScope.tenant(user.tenantId()));
					LoggingContext.Entered logged = LoggingContext.enter(
							Map.of(LoggingContext.TENANT_ID, user.tenantId(), LoggingContext.USER_ID, user.userId()))) {
				chain.doFilter(request, response);
			}
		}
		else {
			chain.doFilter(request, response);
		}
	}

}
