import { describe, expect, it } from 'vitest';

import { AuditLog } from '@/features/audit/components/audit-log';
import { buildAuditEvent } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderWithProviders, screen, within } from '@/testing/test-utils';

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
  targetType: null,
  targetId: null,
  ip: null,
  requestId: null,
});

const signedIn = { user: { role: 'admin' as const } };

describe('AuditLog', () => {
  it('shows skeleton rows, then one row per event', async () => {
    mockApi({ 'GET /api/v1/audit': () => jsonResponse({ items: [login, created, failed], nextCursor: null }) });

    renderWithProviders(<AuditLog />, signedIn);

    expect(screen.getByRole('status')).toHaveTextContent('Loading audit events…');
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
    expect(first).toHaveTextContent('ada@acme.test');
    expect(first).toHaveTextContent('203.0.113.7');
    expect(first).toHaveTextContent('req-login');
    expect(first!.querySelector('time')).toHaveAttribute('datetime', '2026-11-29T17:05:00Z');
    expect(first!.querySelector('time')).toHaveTextContent(/Nov 29, 2026/);
    expect(second).toHaveTextContent('user.created');
    expect(second).toHaveTextContent('user #42');
    expect(within(second!).getByText('View')).toBeInTheDocument();
    expect(second).toHaveTextContent('"email": "new@acme.test"');
    expect(third).toHaveTextContent('login.failed');
    expect(third).toHaveTextContent('System');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks the API for the chosen action, actor and time range', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/audit': () => jsonResponse({ items: [created], nextCursor: null }),
    });
    const { user } = renderWithProviders(<AuditLog />, signedIn);
    await screen.findByRole('table', { name: 'Audit events' });

    await user.selectOptions(screen.getByLabelText('Action'), 'user.created');
    await user.type(screen.getByLabelText('Actor id'), '7');
    await user.type(screen.getByLabelText('From'), '2026-11-01T08:30');
    await user.type(screen.getByLabelText('To'), '2026-11-30T18:00');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await screen.findByRole('table', { name: 'Audit events' });
    const last = requestsOf(fetchMock).at(-1)!;
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
      'GET /api/v1/audit': () => jsonResponse({ items: [], nextCursor: null }),
    });
    const { user } = renderWithProviders(<AuditLog />, signedIn);
    await screen.findByText('No audit events');

    await user.type(screen.getByLabelText('From'), '2026-11-30T18:00');
    await user.type(screen.getByLabelText('To'), '2026-11-01T08:30');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription('Must be later than “From”');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing matches', async () => {
    mockApi({ 'GET /api/v1/audit': () => jsonResponse({ items: [], nextCursor: null }) });
    const { user } = renderWithProviders(<AuditLog />, signedIn);

    expect(await screen.findByRole('heading', { name: 'No audit events' })).toBeInTheDocument();
    expect(screen.getByText(/will be recorded here/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Action'), 'logout');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText(/Nothing matches these filters/)).toBeInTheDocument();
  });

  it('loads older events with the cursor', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/audit': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'older'
          ? jsonResponse({ items: [created], nextCursor: null })
          : jsonResponse({ items: [login], nextCursor: 'older' }),
    });
    const { user } = renderWithProviders(<AuditLog />, signedIn);

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    const table = screen.getByRole('table', { name: 'Audit events' });
    expect(await within(table).findByText('user.created')).toBeInTheDocument();
    expect(within(table).getByText('login.succeeded')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(requestsOf(fetchMock).at(-1)?.query.get('cursor')).toBe('older');
  });

  it('shows the problem when the API refuses', async () => {
    mockApi({
      'GET /api/v1/audit': () =>
        leadlineProblem('forbidden', 403, { title: 'Forbidden', detail: 'Owners and admins only.' }),
    });

    renderWithProviders(<AuditLog />, signedIn);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forbidden');
    expect(alert).toHaveTextContent('Owners and admins only.');
  });
});
