import { describe, expect, it } from 'vitest';

import { getAuthState } from '@/lib/auth';
import { buildMe, buildOverview, buildToken, buildUser, status } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, within } from '@/testing/test-utils';

const noSession = () =>
  leadlineProblem('invalid-refresh-token', 401, { title: 'Invalid refresh token' });

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('signing in', () => {
  it('shows a full-page skeleton while the silent refresh runs, then the page', async () => {
    const refresh = deferred<Response>();
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': () => refresh.promise,
      'GET /api/v1/jobs': () => jsonResponse({ items: [], nextCursor: null }),
    });
    const rendering = renderApp('/jobs', { user: false });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading Leadline…');
    expect(screen.queryByRole('main')).not.toBeInTheDocument();
    refresh.resolve(jsonResponse(buildToken({ user: buildMe({ displayName: 'Grace Hopper' }) })));
    const { router } = await rendering;

    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/jobs');
    expect(within(screen.getByRole('region', { name: 'Account' })).getByText('Grace Hopper')).toBeInTheDocument();
    const [first] = requestsOf(fetchMock);
    expect(first?.path).toBe('/api/v1/auth/refresh');
    expect(first?.request.headers.get('X-Leadline-Refresh')).toBe('cookie');
  });

  it('sends a visitor without a session to /login, remembering where they were going', async () => {
    mockApi({ 'POST /api/v1/auth/refresh': noSession });

    const { router } = await renderApp('/users?x=1', { user: false });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Leadline' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/users?x=1' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('goes where the visitor was going once they have signed in', async () => {
    const fetchMock = mockApi({
      'POST /api/v1/auth/refresh': noSession,
      'POST /api/v1/auth/login': () => jsonResponse(buildToken({ accessToken: 'after-login' })),
      'GET /api/v1/users': () => jsonResponse({ items: [buildUser()], nextCursor: null }),
    });
    const { user, router } = await renderApp('/users', { user: false });

    await user.type(await screen.findByLabelText('E-mail'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
    expect(await screen.findByRole('cell', { name: 'ada@acme.test' })).toBeInTheDocument();
    const users = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/users');
    expect(users?.request.headers.get('Authorization')).toBe('Bearer after-login');
  });

  it('ignores a redirect that would leave the app', async () => {
    mockApi({
      'POST /api/v1/auth/refresh': noSession,
      'POST /api/v1/auth/login': () => jsonResponse(buildToken()),
      'GET /api/v1/status': () => jsonResponse(status),
      'GET /api/v1/overview': () => jsonResponse(buildOverview()),
    });
    const { user, router } = await renderApp('/login?redirect=%2F%2Fevil.test%2Fphish', {
      user: false,
    });

    await user.type(await screen.findByLabelText('E-mail'), 'ada@acme.test');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.href).toBe('/');
  });

  it('sends a signed-in visitor of /login on to the dashboard', async () => {
    mockApi({
      'GET /api/v1/status': () => jsonResponse(status),
      'GET /api/v1/overview': () => jsonResponse(buildOverview()),
    });

    const { router } = await renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('losing the session', () => {
  it('goes to /login with the current page as redirect when the refresh fails', async () => {
    mockApi({
      'GET /api/v1/users': () => leadlineProblem('unauthenticated', 401, { title: 'Unauthorized' }),
      'POST /api/v1/auth/refresh': noSession,
    });

    const { router } = await renderApp('/users');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Leadline' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/users' });
    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });
});
