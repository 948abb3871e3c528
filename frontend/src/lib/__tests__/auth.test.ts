import { afterEach, describe, expect, it, vi } from 'vitest';

import { api, ApiError, unwrap } from '@/lib/api-client';
import {
  endSession,
  getAccessToken,
  getAuthState,
  initSession,
  refreshSession,
  startSession,
} from '@/lib/auth';
import { buildMe, buildToken, buildUser } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';

const userPage = { items: [buildUser()], nextCursor: null };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const unauthorized = () => leadlineProblem('unauthenticated', 401, { title: 'Unauthorized' });

/** A users endpoint that only accepts `token`. */
function acceptsOnly(token: string) {
  return (request: Request) =>
    request.headers.get('Authorization') === `Bearer ${token}`
      ? jsonResponse(userPage)
      : unauthorized();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('auth middleware', () => {
  it('sends the access token as a bearer token', async () => {
    startSession(buildToken({ accessToken: 'token-a' }));
    const fetchMock = mockApi({ 'GET /api/v1/users': acceptsOnly('token-a') });

    await expect(unwrap(api.GET('/api/v1/users'))).resolves.toEqual(userPage);

    const [call] = requestsOf(fetchMock);
    expect(call?.request.headers.get('Authorization')).toBe('Bearer token-a');
    expect(call?.request.headers.get('X-Leadline-Refresh')).toBeNull();
  });

  it('sends no Authorization header while signed out', async () => {
    endSession('no-session');
    const fetchMock = mockApi({
      'GET /api/v1/status': () => jsonResponse({ name: 'Leadline', version: '1', roles: [], time: '' }),
    });

    await unwrap(api.GET('/api/v1/status'));

    expect(requestsOf(fetchMock)[0]?.request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on a 401 and repeats the call, body included, with the new token', async () => {
    startSession(buildToken({ accessToken: 'expired' }));
    const created = buildUser({ id: 7, email: 'new@acme.test' });
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(buildToken({ accessToken: 'fresh' })),
      'POST /api/v1/users': async (request) =>
        request.headers.get('Authorization') === 'Bearer fresh'
          ? jsonResponse({ ...created, email: ((await request.json()) as { email: string }).email }, {
              status: 201,
            })
          : unauthorized(),
    });

    const user = await unwrap(
      api.POST('/api/v1/users', {
        body: { email: 'new@acme.test', displayName: 'New', password: 'twelve-chars!', role: 'member' },
      }),
    );

    expect(user.email).toBe('new@acme.test');
    const calls = requestsOf(fetchMock).map(({ method, path }) => `${method} ${path}`);
    expect(calls).toEqual(['POST /api/v1/users', 'POST /api/v1/auth/refresh', 'POST /api/v1/users']);
    expect(getAccessToken()).toBe('fresh');

    const refresh = requestsOf(fetchMock)[1]!.request;
    expect(refresh.headers.get('X-Leadline-Refresh')).toBe('cookie');
    expect(refresh.headers.has('Authorization')).toBe(false);
    expect(refresh.credentials).toBe('same-origin');
    expect(await refresh.text()).toBe('');
  });

  it('repeats a call only once, even if the repeat answers 401 again', async () => {
    startSession(buildToken({ accessToken: 'expired' }));
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(buildToken({ accessToken: 'fresh' })),
      'GET /api/v1/users': unauthorized,
    });

    const error = await unwrap(api.GET('/api/v1/users')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(requestsOf(fetchMock).map(({ path }) => path)).toEqual([
      '/api/v1/users',
      '/api/v1/auth/refresh',
      '/api/v1/users',
    ]);
  });

  it('shares one refresh between concurrent calls that all got a 401', async () => {
    startSession(buildToken({ accessToken: 'expired' }));
    const refreshAnswer = deferred<Response>();
    let unauthorizedAnswers = 0;
    const allRejected = deferred<void>();
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => refreshAnswer.promise,
      'GET /api/v1/users': (request) => {
        if (request.headers.get('Authorization') === 'Bearer fresh') {
          return jsonResponse(userPage);
        }
        if (++unauthorizedAnswers === 3) {
          allRejected.resolve();
        }
        return unauthorized();
      },
    });

    const calls = [1, 2, 3].map(() => unwrap(api.GET('/api/v1/users')));
    await allRejected.promise;
    // Let every 401 reach the middleware before the refresh answers.
    await new Promise((resolve) => setTimeout(resolve, 0));
    refreshAnswer.resolve(jsonResponse(buildToken({ accessToken: 'fresh' })));

    await expect(Promise.all(calls)).resolves.toEqual([userPage, userPage, userPage]);
    const paths = requestsOf(fetchMock).map(({ path }) => path);
    expect(paths.filter((path) => path === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(paths.filter((path) => path === '/api/v1/users')).toHaveLength(6);
  });

  it('does not refresh again for a 401 that answers a token already replaced', async () => {
    startSession(buildToken({ accessToken: 'old' }));
    const slowAnswer = deferred<Response>();
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(buildToken({ accessToken: 'new' })),
      'GET /api/v1/users': (request) =>
        request.headers.get('Authorization') === 'Bearer new' ? jsonResponse(userPage) : slowAnswer.promise,
    });

    const slowCall = unwrap(api.GET('/api/v1/users'));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    await refreshSession();
    slowAnswer.resolve(unauthorized());

    await expect(slowCall).resolves.toEqual(userPage);
    expect(requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('ends the session as expired when the refresh is refused', async () => {
    startSession(buildToken({ accessToken: 'expired' }));
    mockApi({
      'POST /api/v1/auth/refresh': () =>
        leadlineProblem('invalid-refresh-token', 401, { title: 'Invalid refresh token' }),
      'GET /api/v1/users': unauthorized,
    });

    const error = await unwrap(api.GET('/api/v1/users')).catch((caught: unknown) => caught);

    expect((error as ApiError).status).toBe(401);
    expect(getAccessToken()).toBeNull();
    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('leaves login alone: no bearer token and no refresh on its 401', async () => {
    startSession(buildToken({ accessToken: 'token-a' }));
    const fetchMock = mockApi({
      'POST /api/v1/auth/login': () =>
        leadlineProblem('invalid-credentials', 401, { title: 'Invalid e-mail or password' }),
    });

    const error = await unwrap(
      api.POST('/api/v1/auth/login', { body: { email: 'a@b.test', password: 'x', useCookie: true } }),
    ).catch((caught: unknown) => caught);

    expect((error as ApiError).is('invalid-credentials')).toBe(true);
    expect(requestsOf(fetchMock)).toHaveLength(1);
    expect(requestsOf(fetchMock)[0]?.request.headers.has('Authorization')).toBe(false);
    expect(getAuthState().status).toBe('authenticated');
  });
});

describe('session lifecycle', () => {
  it('refreshes silently a minute before the access token expires', async () => {
    vi.useFakeTimers();
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(buildToken({ accessToken: 'renewed' })),
    });
    startSession(buildToken({ accessToken: 'first', expiresIn: 900 }));

    await vi.advanceTimersByTimeAsync(839_000);
    expect(fetchMock).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1_000);
    expect(requestsOf(fetchMock).map(({ path }) => path)).toEqual(['/api/v1/auth/refresh']);
    expect(getAccessToken()).toBe('renewed');
  });

  it('ends the session when the scheduled refresh is refused', async () => {
    vi.useFakeTimers();
    mockApi({
      'POST /api/v1/auth/refresh': () => leadlineProblem('invalid-refresh-token', 401),
    });
    startSession(buildToken({ expiresIn: 900 }));

    await vi.advanceTimersByTimeAsync(840_000);

    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('starts with one silent refresh, shared by every caller', async () => {
    const me = buildMe({ displayName: 'Grace Hopper' });
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(buildToken({ user: me })),
    });

    await Promise.all([initSession(), initSession(), initSession()]);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(getAuthState()).toEqual({ status: 'authenticated', user: me });
  });

  it('starts signed out when there is no refresh cookie', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': () => leadlineProblem('invalid-refresh-token', 401),
    });

    await initSession();

    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'no-session' });
    expect(getAccessToken()).toBeNull();
  });

  it('drops a refresh answer that arrives after signing out', async () => {
    startSession(buildToken({ accessToken: 'before' }));
    const answer = deferred<Response>();
    mockApi({ 'POST /api/v1/auth/refresh': () => answer.promise });

    const refreshing = refreshSession();
    endSession('signed-out');
    answer.resolve(jsonResponse(buildToken({ accessToken: 'zombie' })));

    await expect(refreshing).resolves.toBe('superseded');
    expect(getAccessToken()).toBeNull();
    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'signed-out' });
  });
});
