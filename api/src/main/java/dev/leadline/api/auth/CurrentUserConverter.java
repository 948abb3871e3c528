package dev.leadline.api.auth;

import dev.leadline.db.jooq.enums.UserRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into the request's {@link CurrentUser} with authorities:
 * {@code ROLE_<ROLE>} for the role and every role below it (owner > admin > member >
 * viewer), and {@code PLATFORM_ADMIN}.
 */
@Component
class CurrentUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

	private static final List<UserRole> DESCENDING = List.of(UserRole.owner, UserRole.admin, UserRole.member,
			UserRole.viewer);

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		UserRole role = UserRole.lookupLiteral(jwt.getClaimAsString(AccessTokens.ROLE));
		if (role == null) {
			throw new org.springframework.security.oauth2.jwt.BadJwtException("Unknown role");
		}
		Object platformAdmin = jwt.getClaims().get(AccessTokens.PLATFORM_ADMIN);
		CurrentUser user = new CurrentUser(Long.parseLong(jwt.getSubject()),
				((Number) jwt.getClaims().get(AccessTokens.TENANT)).longValue(),
				jwt.getClaimAsString(AccessTokens.EMAIL), role, Boolean.TRUE.equals(platformAdmin),
				UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION)));
		return new Authenticated(user, jwt, authorities(user));
	}

	private static Collection<GrantedAuthority> authorities(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (UserRole role : DESCENDING.subList(DESCENDING.indexOf(user.role()), DESCENDING.size())) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.getLiteral().toUpperCase()));
		}
		if (user.platformAdmin()) {
			authorities.add(new SimpleGrantedAuthority(PLATFORM_ADMIN));
		}
		return authorities;
	}

	/**
	 * An authenticated request: the principal is the {@link CurrentUser}, the credentials
	 * its token.
	 */
	static final class Authenticated extends AbstractAuthenticationToken {

		private final CurrentUser user;

		private final transient Jwt token;

		Authenticated(CurrentUser user, Jwt token, Collection<GrantedAuthority> authorities) {
			super(authorities);
			this.user = user;
			this.token = token;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return token;
		}

		@Override
		public CurrentUser getPrincipal() {
			return user;
		}

	}

}
