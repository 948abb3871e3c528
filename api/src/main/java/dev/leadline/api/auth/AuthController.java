package dev.leadline.api.auth;

import dev.leadline.api.system.web.ClientAddress;
import dev.leadline.db.tenancy.TenantContext;
import dev.leadline.db.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "auth")
class AuthController {

	static final String COOKIE_PATH = "/api/v1/auth";
	static final String COOKIE_REFRESH_HEADER = "X-Leadline-Refresh";

	private final AuthService auth;

	private final MeQueries me;

	private final SigningKeys keys;

	private final ClientAddress clientAddress;

	private final AuthProperties properties;

	AuthController(AuthService auth, MeQueries me, SigningKeys keys, ClientAddress clientAddress,
			AuthProperties properties) {
		this.auth = auth;
		this.me = me;
		this.keys = keys;
		this.clientAddress = clientAddress;
		this.properties = properties;
	}

	@PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Sign in: an access token (15 min) and a refresh token (7 days), in the body or, "
			+ "with useCookie, in an HttpOnly cookie")
	ResponseEntity<TokenView> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		AuthService.Session session = auth.login(request.email(), request.password(), clientAddress.of(http));
		return answer(session, Boolean.TRUE.equals(request.useCookie()));
	}

	@PostMapping("/refresh")
	@SecurityRequirements
	@Operation(summary = "Exchange a refresh token for new tokens; the old refresh token stops working. A "
			+ "reused refresh token revokes its whole session. Browsers send no body and the header "
			+ "X-Leadline-Refresh: cookie; API clients send {\"refreshToken\": ...}")
	ResponseEntity<TokenView> refresh(@Valid @RequestBody(required = false) RefreshRequest request,
			@Parameter(hidden = true) @CookieValue(name = "${leadline.auth.cookie-name:leadline_refresh}",
					required = false) String cookie,
			@RequestHeader(name = COOKIE_REFRESH_HEADER, required = false) String cookieMode,
			HttpServletResponse response) {
		boolean fromCookie = (request == null || request.refreshToken() == null) && "cookie".equals(cookieMode);
		String token = fromCookie ? cookie : request == null ? null : request.refreshToken();
		try {
			if (token == null || token.isBlank()) {
				throw new InvalidRefreshTokenException();
			}
			return answer(auth.refresh(token), fromCookie);
		}
		catch (InvalidRefreshTokenException e) {
			if (fromCookie) {
				response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
			}
			throw e;
		}
	}

	@PostMapping("/logout")
	@Operation(summary = "End this session: its refresh token and access tokens stop working at once")
	ResponseEntity<Void> logout(@AuthenticationPrincipal CurrentUser user) {
		auth.logout(user);
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString()).build();
	}

	@GetMapping("/jwks.json")
	@SecurityRequirements
	@Operation(summary = "Public keys that verify access tokens (JWK Set)")
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(keys.verificationKeys().toJSONObject(true));
	}

	private ResponseEntity<TokenView> answer(AuthService.Session session, boolean inCookie) {
		MeView user = TenantContext.call(TenantScope.tenant(session.user().tenantId()),
				() -> me.me(session.user().userId()));
		TokenView body = new TokenView(session.accessToken(), "Bearer", properties.accessTokenTtl().toSeconds(),
				inCookie ? null : session.refreshToken(), user);
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok().cacheControl(CacheControl.noStore());
		if (inCookie) {
			builder.header(HttpHeaders.SET_COOKIE,
					cookie(session.refreshToken(), properties.refreshTokenTtl()).toString());
		}
		return builder.body(body);
	}

	private ResponseCookie cookie(String value, Duration maxAge) {
		return ResponseCookie.from(properties.cookieName(), value)
			.httpOnly(true)
			.secure(true)
			.sameSite("Strict")
			.path(COOKIE_PATH)
			.maxAge(maxAge)
			.build();
	}

}
