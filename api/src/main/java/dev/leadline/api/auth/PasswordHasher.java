package dev.leadline.api.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * bcrypt at cost 10: tens of milliseconds per check here, slow enough to make guessing
 * expensive.
 */
@Component
public class PasswordHasher {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(10);

	public String hash(String password) {
		return bcrypt.encode(password);
	}

	public boolean matches(String password, String hash) {
		return bcrypt.matches(password, hash);
	}

}
