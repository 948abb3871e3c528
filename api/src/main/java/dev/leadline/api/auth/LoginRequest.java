package dev.leadline.api.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param email the account's e-mail
 * @param password its password
 * @param useCookie true for the dashboard: the refresh token goes into an HttpOnly
 * cookie, not the body
 */
record LoginRequest(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String password,
		Boolean useCookie) {
}
