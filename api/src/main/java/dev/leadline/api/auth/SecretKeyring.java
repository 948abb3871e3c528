package dev.leadline.api.auth;

import dev.leadline.api.system.process.LeadlineProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (private signing keys) with AES-GCM under
 * {@code LEADLINE_SECRET}.
 */
@Component
class SecretKeyring {

	private static final int IV_BYTES = 12;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	SecretKeyring(AuthProperties auth, LeadlineProperties leadline) throws IOException, GeneralSecurityException {
		String secret = auth.secret() == null || auth.secret().isBlank()
				? localSecret(leadline.dataDir().resolve("secret.key")) : auth.secret();
		byte[] digest = MessageDigest.getInstance("SHA-256")
			.digest(("leadline-keyring:" + secret).getBytes(StandardCharsets.UTF_8));
		this.key = new SecretKeySpec(digest, "AES");
	}

	private static String localSecret(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file).trim();
		}
		Files.createDirectories(file.getParent());
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Files.writeString(file, secret);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ignored) {
			// Not a POSIX file system: the directory's own permissions protect it.
		}
		return secret;
	}

	byte[] encrypt(byte[] plaintext) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plaintext);
			byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
			System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
			return out;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM unavailable", e);
		}
	}

	/**
	 * @throws GeneralSecurityException when the data was sealed under another secret or
	 * was altered
	 */
	byte[] decrypt(byte[] sealed) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
		return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
	}

}
