package dev.leadline.api.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Remembers the claims of access tokens whose signature was verified, so a client's next
 * requests with the same token skip the ES256 verification (most of the CPU of a small
 * read).
 * <p>
 * Keyed by the token's exact text: the same bytes verify the same way while their signing
 * key is published. On every use the key is checked to be still published (a key retired
 * early, as the runbook describes, ends its tokens here too) and the claims are checked
 * again (expiry, not-before, issuer, audience: cheap); an entry is forgotten at the
 * token's expiry. Session liveness is not cached: it is checked per request after this
 * (see {@link TokenSessions}). At most {@code maxEntries} tokens are kept; when full,
 * expired ones are dropped, and if none is, the cache starts over.
 */
final class VerifiedTokenCache implements JWTProcessor<SecurityContext> {

	private final JWTProcessor<SecurityContext> verifier;

	private final JWTClaimsSetVerifier<SecurityContext> claims;

	private final Predicate<String> published;

	private final int maxEntries;

	private final Clock clock;

	private final ConcurrentHashMap<String, JWTClaimsSet> verified = new ConcurrentHashMap<>();

	/**
	 * @param published whether a key id is still among the verification keys
	 */
	VerifiedTokenCache(JWTProcessor<SecurityContext> verifier, JWTClaimsSetVerifier<SecurityContext> claims,
			Predicate<String> published, int maxEntries, Clock clock) {
		this.verifier = verifier;
		this.claims = claims;
		this.published = published;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public JWTClaimsSet process(SignedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
		String text = jwt.getParsedString();
		if (text == null) {
			return verifier.process(jwt, context);
		}
		JWTClaimsSet known = verified.get(text);
		if (known != null && published.test(jwt.getHeader().getKeyID())) {
			claims.verify(known, context);
			return known;
		}
		if (known != null) {
			verified.remove(text);
		}
		JWTClaimsSet fresh = verifier.process(jwt, context);
		remember(text, fresh);
		return fresh;
	}

	private void remember(String text, JWTClaimsSet fresh) {
		if (fresh.getExpirationTime() == null) {
			return;
		}
		if (verified.size() >= maxEntries) {
			Date now = Date.from(clock.instant());
			verified.values().removeIf(c -> c.getExpirationTime().before(now));
			if (verified.size() >= maxEntries) {
				verified.clear();
			}
		}
		verified.put(text, fresh);
	}

	int size() {
		return verified.size();
	}

	@Override
	public JWTClaimsSet process(JWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
		return jwt instanceof SignedJWT signed ? process(signed, context) : verifier.process(jwt, context);
	}

	@Override
	public JWTClaimsSet process(String token, SecurityContext context)
			throws ParseException, BadJOSEException, JOSEException {
		return process(JWTParser.parse(token), context);
	}

	@Override
	public JWTClaimsSet process(PlainJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
		return verifier.process(jwt, context);
	}

	@Override
	public JWTClaimsSet process(EncryptedJWT jwt, SecurityContext context) throws BadJOSEException, JOSEException {
		return verifier.process(jwt, context);
	}

}
