package dev.leadline.api.auth;

import jakarta.validation.constraints.Size;

/**
 * @param refreshToken the refresh token from the last login or refresh (API clients;
 * browsers use the cookie)
 */
record RefreshRequest(@Size(max = 8192) String refreshToken) {
}
