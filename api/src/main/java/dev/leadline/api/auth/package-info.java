/**
 * Sign-in and sessions: login, refresh-token rotation with reuse detection, logout, the
 * ES256 access tokens and their rotating signing keys, and the request's
 * {@link dev.leadline.api.auth.CurrentUser}.
 */
package dev.leadline.api.auth;
