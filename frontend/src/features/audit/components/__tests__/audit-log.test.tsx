import { describe, expect, it, vi } from 'vitest';

import { buildAuditEvent } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const login = buildAuditEvent({
  id: 2,
  action: 'login.succeeded',
  occurredAt: '2026-11-29T17:05:00Z',
  requestId: 'req-login',
  ip: '203.0.113.7',
});
const created = buildAuditEvent({
  id: 1,
  action: 'user.created',
  targetType: 'user',
  targetId: '42',
  requestId: 'req-create',
  details: { email: 'new@acme.test', role: 'member' },
});
const failed = buildAuditEvent({
  id: 3,
  action: 'login.failed',
  actorId: null,
  actorEmail: null,
  actorName: null,
  targetType: null,
  targetId: null,
  ip: null,
  requestId: null,
});

const facets = {
  actions: ['import.completed', 'import.started', 'job.triggered', 'login.succeeded', 'logout', 'user.created'],
  actors: [
    { id: 7, displayName: 'Ana Ruiz', email: 'ana@acme.test' },
    { id: 8, displayName: 'Bo Chen', email: 'bo@acme.test' },
  ],
};
const facetsRoute = { 'GET /api/v1/audit/facets': () => jsonResponse(facets) };

function renderAuditLog() {
  return renderApp('/audit', { user: { role: 'admin' } });
}

describe('AuditLog', () => {
  it('shows one row per event, the actor by name', async () => {
    mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': () => jsonResponse({ items: [login, created, failed], nextCursor: null }),
    });

    await renderAuditLog();

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Time',
      'Actor',
      'Action',
      'Target',
      'IP address',
      'Request id',
      'Details',
    ]);
    const [, first, second, third] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('login.succeeded');
    expect(first).toHaveTextContent('Ada Lovelace');
    expect(first).toHaveTextContent('ada@acme.test');
    expect(first).toHaveTextContent('203.0.113.7');
    expect(first).toHaveTextContent('req-login');
    expect(first!.querySelector('time')).toHaveAttribute('datetime', '2026-11-29T17:05:00Z');
    expect(first!.querySelector('time')).toHaveTextContent(/Nov 29, 2026/);
    expect(second).toHaveTextContent('user.created');
    expect(within(second!).getByRole('link', { name: 'User #42' })).toHaveAttribute('href', '/users');
    expect(within(second!).getByText('View')).toBeInTheDocument();
    expect(second).toHaveTextContent('"email": "new@acme.test"');
    expect(third).toHaveTextContent('login.failed');
    expect(third).toHaveTextContent('System');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks the API for the chosen action, actor and time range', async () => {
    const fetchMock = mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': () => jsonResponse({ items: [created], nextCursor: null }),
    });
    const { user } = await renderAuditLog();
    await screen.findByRole('table', { name: 'Audit events' });
    await screen.findByRole('option', { name: 'Ana Ruiz (ana@acme.test)' });

    await user.selectOptions(screen.getByLabelText('Action'), 'user.created');
    await user.selectOptions(screen.getByLabelText('Actor'), 'Ana Ruiz (ana@acme.test)');
    await user.type(screen.getByLabelText('From'), '2026-11-01T08:30');
    await user.type(screen.getByLabelText('To'), '2026-11-30T18:00');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await screen.findByRole('table', { name: 'Audit events' });
    const last = requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/audit').at(-1)!;
    expect(Object.fromEntries(last.query)).toEqual({
      action: 'user.created',
      actorId: '7',
      from: new Date('2026-11-01T08:30').toISOString(),
      to: new Date('2026-11-30T18:00').toISOString(),
      limit: '50',
    });
  });

  it('refuses a time range that ends before it starts, without asking the API', async () => {
    const fetchMock = mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': () => jsonResponse({ items: [], nextCursor: null }),
    });
    const { user } = await renderAuditLog();
    await screen.findByText('No audit events');

    await user.type(screen.getByLabelText('From'), '2026-11-30T18:00');
    await user.type(screen.getByLabelText('To'), '2026-11-01T08:30');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('Must be later than “From”');
    expect(requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/audit')).toHaveLength(1);
  });

  it('says so when nothing matches', async () => {
    mockApi({ ...facetsRoute, 'GET /api/v1/audit': () => jsonResponse({ items: [], nextCursor: null }) });
    const { user } = await renderAuditLog();

    expect(await screen.findByRole('heading', { name: 'No audit events' })).toBeInTheDocument();
    expect(screen.getByText(/will be recorded here/)).toBeInTheDocument();

    await screen.findByRole('option', { name: 'logout' });
    await user.selectOptions(screen.getByLabelText('Action'), 'logout');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText(/Nothing matches these filters/)).toBeInTheDocument();
  });

  it('loads older events with the cursor', async () => {
    const fetchMock = mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'older'
          ? jsonResponse({ items: [created], nextCursor: null })
          : jsonResponse({ items: [login], nextCursor: 'older' }),
    });
    const { user } = await renderAuditLog();

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    const table = screen.getByRole('table', { name: 'Audit events' });
    expect(await within(table).findByText('user.created')).toBeInTheDocument();
    expect(within(table).getByText('login.succeeded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(
      requestsOf(fetchMock)
        .filter(({ path }) => path === '/api/v1/audit')
        .at(-1)
        ?.query.get('cursor'),
    ).toBe('older');
  });

  it('shows the problem when the API refuses', async () => {
    mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': () =>
        leadlineProblem('forbidden', 403, { title: 'Forbidden', detail: 'Owners and admins only.' }),
    });

    await renderAuditLog();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forbidden');
    expect(alert).toHaveTextContent('Owners and admins only.');
  });

  it('offers every action the API serves, grouped by what it is about', async () => {
    mockApi({ ...facetsRoute, 'GET /api/v1/audit': () => jsonResponse({ items: [], nextCursor: null }) });
    await renderAuditLog();

    const select = screen.getByLabelText('Action');
    await within(select).findByRole('option', { name: 'import.completed' });
    const groups = within(select).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(['import', 'job', 'login', 'logout', 'user']);
    expect(within(groups[0]!).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'import.completed',
      'import.started',
    ]);
    expect(screen.queryByLabelText('Actor id')).not.toBeInTheDocument();
  });

  it('links each target to its page', async () => {
    mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': () =>
        jsonResponse({
          items: [
            buildAuditEvent({ id: 11, action: 'contact.updated', targetType: 'contact', targetId: '42' }),
            buildAuditEvent({ id: 12, action: 'company.deleted', targetType: 'company', targetId: '5' }),
            buildAuditEvent({ id: 13, action: 'import.started', targetType: 'contact_import', targetId: '9' }),
            buildAuditEvent({ id: 14, action: 'job.triggered', targetType: 'job_run', targetId: '77' }),
            buildAuditEvent({ id: 15, action: 'enrichment.started', targetType: 'job_run', targetId: '78' }),
            buildAuditEvent({ id: 16, action: 'report.completed', targetType: 'report', targetId: '79' }),
            buildAuditEvent({
              id: 17,
              action: 'logout',
              targetType: 'session',
              targetId: '3f0c1a7e-0000-4000-8000-000000000001',
            }),
          ],
          nextCursor: null,
        }),
    });
    await renderAuditLog();
    const table = await screen.findByRole('table', { name: 'Audit events' });

    const hrefs = within(table)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['Contact #42', '/contacts/42'],
      ['Company #5', '/companies/5'],
      ['Import #9', '/imports/9'],
      ['Job run #77', '/jobs/77'],
      ['Enrichment run #78', '/enrichment/runs/78'],
      ['Report #79', '/reports/79'],
    ]);
    expect(within(table).getByText('3f0c1a7e-0000-4000-8000-000000000001')).toBeInTheDocument();
  });

  it('exports the events the applied filters match as CSV', async () => {
    const createObjectURL = vi.fn(() => 'blob:audit');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const fetchMock = mockApi({
      ...facetsRoute,
      'GET /api/v1/audit': () => jsonResponse({ items: [login], nextCursor: null }),
      'GET /api/v1/audit/export': () =>
        new Response('\uFEFFTime,Action\r\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit-log.csv"' },
        }),
    });
    const { user } = await renderAuditLog();
    await screen.findByRole('table', { name: 'Audit events' });
    expect(screen.getByRole('button', { name: 'Export all events (CSV)' })).toBeEnabled();

    await screen.findByRole('option', { name: 'Bo Chen (bo@acme.test)' });
    await user.selectOptions(screen.getByLabelText('Actor'), 'Bo Chen (bo@acme.test)');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await user.click(await screen.findByRole('button', { name: 'Export these events (CSV)' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const exported = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/audit/export')!;
    expect(Object.fromEntries(exported.query)).toEqual({ actorId: '8' });
    expect(exported.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(createObjectURL).toHaveBeenCalled();
  });
});
