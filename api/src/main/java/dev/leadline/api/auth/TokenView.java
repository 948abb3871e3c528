package dev.leadline.api.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param accessToken bearer token for the API, valid {@code expiresIn} seconds
 * @param tokenType always "Bearer"
 * @param expiresIn seconds until the access token expires
 * @param refreshToken for API clients; null when it was set as an HttpOnly cookie
 * @param user who signed in
 */
record TokenView(String accessToken, String tokenType, long expiresIn, @Schema(types = {
		"string", "null" }) String refreshToken, MeView user){
}
