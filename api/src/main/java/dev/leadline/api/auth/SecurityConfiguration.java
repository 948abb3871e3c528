package dev.leadline.api.auth;

import dev.leadline.api.system.web.BodySizeLimitFilter;
import dev.leadline.jobs.csvimport.ImportProperties;
import dev.leadline.api.system.ratelimit.RateLimitFilter;
import dev.leadline.api.system.ratelimit.RateLimitProperties;
import dev.leadline.api.system.ratelimit.RateLimiter;
import dev.leadline.api.system.web.ClientAddress;
import dev.leadline.api.system.web.HttpProperties;
import dev.leadline.api.system.web.RequestIdFilter;
import dev.leadline.api.system.problems.ProblemResponses;
import dev.leadline.api.system.problems.ProblemTypes;
import dev.leadline.api.system.problems.SecurityHeaders;
import dev.leadline.api.system.web.QueryStringFilter;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Stateless bearer tokens (no session, no CSRF token: browsers never
 * send the access token by themselves; the refresh cookie is SameSite=Strict and needs a
 * custom header). Security headers on every response, errors included; CORS closed unless
 * origins are configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, SecurityProblemHandlers problems, ClientAddress clientAddress,
			RateLimiter limiter, RateLimitProperties limits, HttpProperties httpProperties, ImportProperties imports,
			JsonMapper json, CurrentUserConverter converter) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.cors(cors -> cors.configurationSource(cors(httpProperties)))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(
						hsts -> hsts.maxAgeInSeconds(SecurityHeaders.STRICT_TRANSPORT_SECURITY_MAX_AGE.toSeconds())
							.includeSubDomains(true)))
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/refresh")
						.permitAll()
						.requestMatchers(HttpMethod.GET, "/api/v1/auth/jwks.json", "/api/v1/status")
						.permitAll()
						.requestMatchers("/api/v1/admin/**")
						.hasAuthority(CurrentUserConverter.PLATFORM_ADMIN)
						.requestMatchers("/api/**")
						.authenticated()
						.anyRequest()
						.permitAll())
			.oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.addFilterBefore(new RequestIdFilter(clientAddress), SecurityContextHolderFilter.class)
			.addFilterAfter(new QueryStringFilter(json), HeaderWriterFilter.class)
			.addFilterAfter(new BodySizeLimitFilter(httpProperties, imports.maxFileSize().toBytes(), json),
					HeaderWriterFilter.class)
			.addFilterAfter(new TenantContextFilter(), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(limiter, limits, clientAddress, json), TenantContextFilter.class);
		return http.build();
	}

	/**
	 * No observation of each security filter, authentication and authorization. They took
	 * about an eighth of the app's CPU per contacts page (docs/BENCHMARKS.md) and nothing
	 * reads them: each request is still timed whole ({@code http.server.requests}), and
	 * sign-ins are recorded by {@link SignInEvents}.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Requests the firewall refuses (a header value with bytes outside ISO-8859-1's
	 * printable range, an encoded slash ...) are the client's mistake: 400 problem
	 * details with the security headers, never a 500. The firewall runs before the filter
	 * that writes those headers.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
		return (request, response, rejected) -> {
			SecurityHeaders.of(request.isSecure()).forEach(response::setHeader);
			ProblemResponses.write(response, ProblemTypes.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
					"The request has a header, path or parameter with characters that are not allowed."), json);
		};
	}

	private static CorsConfigurationSource cors(HttpProperties http) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!http.corsAllowedOrigins().isEmpty()) {
			CorsConfiguration configuration = new CorsConfiguration();
			configuration.setAllowedOrigins(http.corsAllowedOrigins());
			configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
			configuration.setAllowedHeaders(
					List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id", "X-Leadline-Refresh"));
			configuration
				.setExposedHeaders(List.of("Retry-After", "RateLimit", "RateLimit-Policy", "X-Request-Id", "Location"));
			configuration.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/api/**", configuration);
		}
		return source;
	}

}
