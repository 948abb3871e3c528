import { describe, expect, it } from 'vitest';

import { getAuthState } from '@/lib/auth';
import { buildJobRun, buildJobRunDetail, buildOverview, status } from '@/testing/data';
import { jsonResponse, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const everyonesPages = [
  { label: 'Overview', path: '/' },
  { label: 'Contacts', path: '/contacts' },
  { label: 'Companies', path: '/companies' },
  { label: 'Imports', path: '/imports' },
  { label: 'Jobs', path: '/jobs' },
  { label: 'Enrichment', path: '/enrichment' },
  { label: 'Reports', path: '/reports' },
  { label: 'Credits', path: '/credits' },
];
const tenantAdminPages = [
  { label: 'Users', path: '/users' },
  { label: 'Audit log', path: '/audit' },
];
const platformAdminPages = [{ label: 'Admin', path: '/admin' }];
const noRuns = { items: [], nextCursor: null };

/** What the overview page asks for: the tenant's figures. */
function mockOverviewPage() {
  return mockApi({
    'GET /api/v1/overview': () => jsonResponse(buildOverview()),
  });
}

function mainNav() {
  return within(screen.getByRole('navigation', { name: 'Main' }));
}

function navEntries() {
  return mainNav()
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

const asEntries = (pages: { label: string; path: string }[]) =>
  pages.map(({ label, path }) => [label, path]);

describe('dashboard shell', () => {
  it('links every page an owner may open and marks the current one', async () => {
    mockOverviewPage();

    await renderApp('/', { user: { role: 'owner' } });

    expect(screen.getByText('Leadline', { selector: 'span' })).toBeInTheDocument();
    expect(navEntries()).toEqual(asEntries([...everyonesPages, ...tenantAdminPages]));
    expect(mainNav().getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(mainNav().getByRole('link', { name: 'Jobs' })).not.toHaveAttribute('aria-current');
  });

  it('hides Users and Audit log from a member', async () => {
    mockOverviewPage();

    await renderApp('/', { user: { role: 'member' } });

    expect(navEntries()).toEqual(asEntries(everyonesPages));
    expect(mainNav().queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(mainNav().queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('shows Admin to platform admins only', async () => {
    mockOverviewPage();

    await renderApp('/', { user: { role: 'admin', platformAdmin: true } });

    expect(navEntries()).toEqual(
      asEntries([...everyonesPages, ...tenantAdminPages, ...platformAdminPages]),
    );
  });

  it.each([
    ['/users', 'Users', 'manage its users'],
    ['/audit', 'Audit log', 'read its audit log'],
  ])('refuses %s to a viewer who follows a link there', async (path, title, reason) => {
    await renderApp(path, { user: { role: 'viewer' } });

    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'You do not have access to this page',
    );
    expect(screen.getByText(new RegExp(reason))).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('refuses /admin to someone who is not a platform admin', async () => {
    await renderApp('/admin', { user: { role: 'owner', platformAdmin: false } });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'You do not have access to this page',
    );
  });

  it('shows who is signed in, in which tenant, and greets them on the overview', async () => {
    mockOverviewPage();

    await renderApp('/', {
      user: { displayName: 'Grace Hopper', role: 'admin', tenant: { id: 3, slug: 'navy', name: 'US Navy' } },
    });

    const banner = within(screen.getByRole('region', { name: 'Account' }));
    expect(banner.getByText(/Grace Hopper/)).toBeInTheDocument();
    expect(banner.getByText(/US Navy/)).toBeInTheDocument();
    expect(banner.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByText(/Welcome back, Grace Hopper/)).toBeInTheDocument();
  });

  it('shows the live system status on the admin page, not on the overview', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/status': () => jsonResponse(status),
      'GET /api/v1/overview': () => jsonResponse(buildOverview()),
      'GET /api/v1/admin/tenants': () => jsonResponse(noRuns),
      'GET /api/v1/admin/jobs': () => jsonResponse(noRuns),
    });

    const { user } = await renderApp('/', { user: { role: 'admin', platformAdmin: true } });

    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'System status' })).not.toBeInTheDocument();
    await user.click(mainNav().getByRole('link', { name: 'Admin' }));
    const card = await screen.findByRole('region', { name: 'System status' });
    expect(await within(card).findByText('API reachable')).toBeInTheDocument();
    expect(within(card).getByText('0.1.0')).toBeInTheDocument();
    const asked = requestsOf(fetchMock).map(({ path }) => path);
    expect(asked.indexOf('/api/v1/status')).toBeGreaterThan(asked.indexOf('/api/v1/overview'));
  });

  it('navigates to a page through its link', async () => {
    mockApi({
      'GET /api/v1/status': () => jsonResponse(status),
      'GET /api/v1/overview': () => jsonResponse(buildOverview()),
      'GET /api/v1/jobs': () => jsonResponse(noRuns),
    });
    const { user, router } = await renderApp('/');

    await user.click(mainNav().getByRole('link', { name: 'Jobs' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/jobs');
    expect(mainNav().getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page');
    expect(mainNav().getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it('shows the tenant’s job runs to everyone, and keeps Jobs marked on a run’s page', async () => {
    mockApi({
      'GET /api/v1/jobs': () => jsonResponse({ items: [buildJobRun({ id: 7 })], nextCursor: null }),
      'GET /api/v1/jobs/7': () => jsonResponse(buildJobRunDetail()),
      'GET /api/v1/jobs/7/events': () => jsonResponse(noRuns),
    });
    const { user, router } = await renderApp('/jobs', { user: { role: 'viewer' } });

    await user.click(await screen.findByRole('link', { name: 'Run #7' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/jobs/7');
    expect(mainNav().getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'All jobs' }));
    expect(await screen.findByRole('table', { name: 'Job runs' })).toBeInTheDocument();
  });

  it('lists platform runs on the admin page, linked to their admin detail', async () => {
    mockApi({
      'GET /api/v1/admin/tenants': () => jsonResponse(noRuns),
      'GET /api/v1/admin/jobs': () =>
        jsonResponse({
          items: [buildJobRun({ id: 9, tenantId: null, jobName: 'housekeepingJob' })],
          nextCursor: null,
        }),
    });

    await renderApp('/admin', { user: { role: 'admin', platformAdmin: true } });

    const panel = within(screen.getByRole('region', { name: 'Platform runs' }));
    const table = within(await panel.findByRole('table', { name: 'Platform runs' }));
    const link = table.getByRole('link', { name: 'Run #9' });
    expect(link).toHaveAttribute('href', '/admin/jobs/9');
    expect(link.closest('tr')).toHaveTextContent('HousekeepingPlatform · Started by Ada LovelacehousekeepingJob');
  });

  it('shows a not-found page inside the shell for unknown routes', async () => {
    await renderApp('/no-such-page');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/no-such-page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Overview' })).toHaveAttribute('href', '/');
  });

  it('signs out: tells the server, forgets the token and lands on /login', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/jobs': () => jsonResponse(noRuns),
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    const { user, router } = await renderApp('/jobs');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Leadline' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({});
    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'signed-out' });
    const logout = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/auth/logout');
    expect(logout?.method).toBe('POST');
    expect(logout?.request.headers.get('Authorization')).toBe('Bearer access-1');
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull());
  });
});
