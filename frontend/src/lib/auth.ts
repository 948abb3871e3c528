/**
 * The dashboard's session: who is signed in and the access token that proves it.
 *
 * The access token lives only in this module's memory. It never goes to localStorage,
 * sessionStorage or a JS-readable cookie, so an injected script cannot lift it from storage
 * and a reload starts without one. What survives a reload is the refresh token, which the
 * server keeps in an HttpOnly cookie scoped to /api/v1/auth; `initSession()` trades it for a
 * new access token on start, and a timer does the same shortly before each token expires.
 */
import type { Middleware } from 'openapi-fetch';
import { useSyncExternalStore } from 'react';

import { env } from '@/config/env';
import { ApiError } from '@/lib/api-error';
import type { components } from '@/lib/api/schema';

export type TokenView = components['schemas']['TokenView'];
export type SessionUser = components['schemas']['MeView'];

/** Why nobody is signed in: never was, pressed "Sign out", or the session ran out. */
export type SignedOutReason = 'no-session' | 'signed-out' | 'expired';

export type AuthState =
  | { status: 'initializing' }
  | { status: 'authenticated'; user: SessionUser }
  | { status: 'anonymous'; reason: SignedOutReason };

/**
 * - refreshed: a new access token is in place
 * - rejected: the server refused the refresh token (missing, expired, revoked, reused)
 * - unavailable: no usable answer (network, 5xx); the refresh token may still be good
 * - superseded: the session ended while the refresh was under way; its answer was dropped
 */
export type RefreshOutcome = 'refreshed' | 'rejected' | 'unavailable' | 'superseded';

const REFRESH_PATH = '/api/v1/auth/refresh';
/** Paths that must never carry a bearer token nor trigger a refresh when they answer 401. */
const UNAUTHENTICATED_PATHS = new Set(['/api/v1/auth/login', REFRESH_PATH]);
/** Refresh this long before the access token expires. */
const REFRESH_LEAD_SECONDS = 60;
/** After a refresh that got no answer, try again this much later while the token still lives. */
const REFRESH_RETRY_SECONDS = 15;
/** Serialises refreshes across tabs: two tabs rotating one cookie at once look like token reuse. */
const REFRESH_LOCK = 'leadline:refresh-session';

let state: AuthState = { status: 'initializing' };
let accessToken: string | null = null;
let expiresAt = 0;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<RefreshOutcome> | null = null;
let initialization: Promise<void> | null = null;
/** Bumped whenever a session ends, so a refresh answer that arrives late cannot revive it. */
let generation = 0;
const listeners = new Set<() => void>();

function setState(next: AuthState) {
  state = next;
  for (const listener of listeners) {
    listener();
  }
}

export function getAuthState(): AuthState {
  return state;
}

export function subscribeToAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The bearer token for API calls, or null when signed out. */
export function getAccessToken(): string | null {
  return accessToken;
}

/** Takes the answer of a login or refresh: remembers the token and schedules its renewal. */
export function startSession(token: TokenView) {
  accessToken = token.accessToken;
  expiresAt = Date.now() + token.expiresIn * 1000;
  scheduleRefresh(token.expiresIn - Math.min(REFRESH_LEAD_SECONDS, token.expiresIn / 2));
  setState({ status: 'authenticated', user: token.user });
}

/** Forgets the token. Only the first reason counts until the next session starts. */
export function endSession(reason: SignedOutReason) {
  generation += 1;
  accessToken = null;
  expiresAt = 0;
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  if (state.status !== 'anonymous') {
    setState({ status: 'anonymous', reason });
  }
}

/**
 * Asks the server for a new access token with the refresh cookie. Concurrent callers share
 * one request: the refresh token rotates, so a second request with the same cookie would be
 * taken for a stolen token being replayed.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshInFlight ??= runRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function runRefresh(): Promise<RefreshOutcome> {
  const startedIn = generation;
  let token: TokenView;
  try {
    token = await withCrossTabLock(requestRefresh);
  } catch (error) {
    if (startedIn !== generation) {
      return 'superseded';
    }
    return error instanceof ApiError && error.status >= 400 && error.status < 500
      ? 'rejected'
      : 'unavailable';
  }
  if (startedIn !== generation) {
    return 'superseded';
  }
  startSession(token);
  return 'refreshed';
}

// Deliberately not the typed client: this call sends no body, must not pass through the
// bearer middleware, and is the only request that carries X-Leadline-Refresh.
async function requestRefresh(): Promise<TokenView> {
  let response: Response;
  try {
    response = await globalThis.fetch(
      new Request(`${env.API_BASE_URL}${REFRESH_PATH}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json, application/problem+json',
          'X-Leadline-Refresh': 'cookie',
        },
      }),
    );
  } catch (cause) {
    throw ApiError.network(cause);
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text for ApiError's plain-text detail.
  }
  if (!response.ok) {
    throw ApiError.fromResponse(response, body);
  }
  return body as TokenView;
}

async function withCrossTabLock<T>(task: () => Promise<T>): Promise<T> {
  // Web Locks are missing in old browsers, jsdom and insecure contexts.
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? await locks.request(REFRESH_LOCK, task) : task();
}

function scheduleRefresh(inSeconds: number) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refreshOnSchedule(), Math.max(inSeconds, 1) * 1000);
}

async function refreshOnSchedule() {
  refreshTimer = undefined;
  const outcome = await refreshSession();
  if (outcome === 'rejected') {
    endSession('expired');
  } else if (outcome === 'unavailable' && state.status === 'authenticated') {
    // The token is still good for a little while; the next 401 handles the rest.
    if (Date.now() + REFRESH_RETRY_SECONDS * 1000 < expiresAt) {
      scheduleRefresh(REFRESH_RETRY_SECONDS);
    }
  }
}

/**
 * Decides, once per page load, whether a session exists: the refresh cookie is HttpOnly, so
 * the only way to know is to try it. Every later call returns the same promise.
 */
export function initSession(): Promise<void> {
  initialization ??= (async () => {
    if (state.status !== 'initializing') {
      return;
    }
    const outcome = await refreshSession();
    if (outcome !== 'refreshed' && state.status === 'initializing') {
      setState({ status: 'anonymous', reason: 'no-session' });
    }
  })();
  return initialization;
}

/** Back to the state of a fresh page load. For tests. */
export function resetAuth() {
  clearTimeout(refreshTimer);
  refreshTimer = undefined;
  accessToken = null;
  expiresAt = 0;
  refreshInFlight = null;
  initialization = null;
  generation += 1;
  state = { status: 'initializing' };
}

/**
 * openapi-fetch middleware: sends the access token, and when an authenticated call answers
 * 401 (the token expired or was revoked) refreshes the session once and repeats the call
 * once. When the refresh fails too, the session ends and the app sends the user to /login.
 */
export function createAuthMiddleware(): Middleware {
  // The request as it was before fetch consumed its body, kept until its answer arrives.
  const replays = new Map<string, { request: Request; token: string | null }>();

  return {
    onRequest({ request, schemaPath, id }) {
      if (UNAUTHENTICATED_PATHS.has(schemaPath)) {
        return undefined;
      }
      const token = accessToken;
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      replays.set(id, { request: request.clone(), token });
      return request;
    },

    async onResponse({ response, id, options }) {
      const replay = replays.get(id);
      replays.delete(id);
      if (!replay || response.status !== 401) {
        return undefined;
      }
      // Another call may already have refreshed while this one was on the wire.
      if (accessToken === null || accessToken === replay.token) {
        const outcome = await refreshSession();
        if (outcome === 'rejected' || outcome === 'unavailable') {
          endSession('expired');
        }
        if (outcome !== 'refreshed') {
          return response;
        }
      }
      const retry = replay.request;
      retry.headers.set('Authorization', `Bearer ${accessToken ?? ''}`);
      void response.body?.cancel().catch(() => {});
      return options.fetch(retry);
    },

    onError({ id }) {
      replays.delete(id);
      return undefined;
    },
  };
}

/** The current auth state; re-renders when it changes. */
export function useAuth(): AuthState {
  return useSyncExternalStore(subscribeToAuth, getAuthState, getAuthState);
}

/**
 * The signed-in user. Only for components below the authenticated layout, which renders
 * nothing of its children without a session.
 */
export function useCurrentUser(): SessionUser {
  const auth = useAuth();
  if (auth.status !== 'authenticated') {
    throw new Error('useCurrentUser() needs a signed-in user; render it below the session guard');
  }
  return auth.user;
}
