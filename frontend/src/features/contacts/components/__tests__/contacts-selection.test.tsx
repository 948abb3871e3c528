import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildContacts, buildJobRunDetail } from '@/testing/data';
import { jsonResponse, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import { MAX_SELECTED_IDS, toggle, toggleLoaded, NO_SELECTION } from '@/features/contacts/utils/selection';

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
});

const contacts = buildContacts(3, 13);

function listApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/contacts': () =>
      jsonResponse({ items: contacts, nextCursor: null, total: { value: 1234, exact: true } }),
    ...extra,
  });
}

// Whole-app renders with several round trips: give them room on a busy machine.
describe('Selecting contacts', { timeout: 20_000 }, () => {
  it('selects rows one by one and deletes exactly those after a confirmation naming the count', async () => {
    const deleted: unknown[] = [];
    listApi({
      'POST /api/v1/contacts/selection/delete': async (request) => {
        deleted.push(await request.json());
        return jsonResponse({ deleted: 2 });
      },
    });
    const { user } = await renderApp('/contacts?q=person');
    const table = await screen.findByRole('table', { name: 'Contacts' });

    await user.click(within(table).getByRole('checkbox', { name: 'Select Person 13' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Select Person 11' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(bar).toHaveTextContent('2 contacts selected.');
    expect(within(table).getByRole('checkbox', { name: 'Select all loaded contacts' })).toBePartiallyChecked();

    await user.click(within(bar).getByRole('button', { name: 'Delete selected' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete 2 selected contacts?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete 2 contacts' }));

    expect(await screen.findByText('Deleted 2 contacts.')).toBeInTheDocument();
    expect(deleted).toEqual([{ ids: [13, 11] }]);
    expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument();
  });

  it('widens to all matching the filter, deletes them with the bulk delete job and follows it', async () => {
    const started: { body: unknown; key: string | null }[] = [];
    let polls = 0;
    const fetchMock = listApi({
      'POST /api/v1/contacts/bulk-delete': async (request) => {
        started.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
        return jsonResponse({ id: 77, status: 'QUEUED', created: true }, { status: 202 });
      },
      'GET /api/v1/jobs/77': () => {
        polls += 1;
        const status = polls > 1 ? 'COMPLETED' : 'STARTED';
        const detail = buildJobRunDetail();
        return jsonResponse({
          ...detail,
          run: { ...detail.run, id: 77, status, progress: { ...detail.run.progress, itemsDone: 1234 } },
        });
      },
    });
    const { user } = await renderApp('/contacts?q=person&country=DE');
    const table = await screen.findByRole('table', { name: 'Contacts' });

    await user.click(within(table).getByRole('checkbox', { name: 'Select all loaded contacts' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(bar).toHaveTextContent('3 contacts selected.');
    await user.click(within(bar).getByRole('button', { name: 'Select all 1,234 matching this filter' }));
    expect(bar).toHaveTextContent('All 1,234 contacts matching this filter are selected.');

    await user.click(within(bar).getByRole('button', { name: 'Delete selected' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete all 1,234 contacts matching this filter?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete 1,234 contacts' }));

    expect(await screen.findByText('Deleting the contacts in the background…', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Follow the job' })).toHaveAttribute('href', '/jobs/77');
    expect(started).toHaveLength(1);
    expect(started[0]!.body).toEqual({ q: 'person', country: ['DE'] });
    expect(started[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Deleted 1,234 contacts.', {}, { timeout: 5000 })).toBeInTheDocument();
    // The list is asked again once the job ended.
    await waitFor(() =>
      expect(requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/contacts').length).toBeGreaterThan(1),
    );
  });

  it('hides delete from viewers but lets them export the selection', async () => {
    const exported: unknown[] = [];
    listApi({
      'POST /api/v1/contacts/selection/export': async (request) => {
        exported.push({ body: await request.json(), sort: new URL(request.url).searchParams.get('sort') });
        return new Response('Email\n', { headers: { 'Content-Type': 'text/csv' } });
      },
    });
    const { user } = await renderApp('/contacts?sort=name', { user: { role: 'viewer' } });
    const table = await screen.findByRole('table', { name: 'Contacts' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Person 12' }));
    const bar = screen.getByRole('region', { name: 'Selection' });

    expect(within(bar).queryByRole('button', { name: 'Delete selected' })).not.toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Export selected' }));
    await waitFor(() => expect(exported).toEqual([{ body: { ids: [12] }, sort: 'name' }]));
  });

  it('starts a new query without a selection', async () => {
    listApi();
    const { user, router } = await renderApp('/contacts');
    const table = await screen.findByRole('table', { name: 'Contacts' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Person 12' }));
    expect(screen.getByRole('region', { name: 'Selection' })).toBeInTheDocument();

    await router.navigate({ to: '/contacts', search: { q: 'other' } });

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument());
  });
});

describe('selection rules', () => {
  it('caps ids at the API limit and clears when everything loaded was selected', () => {
    const many = Array.from({ length: MAX_SELECTED_IDS + 5 }, (_, index) => index + 1);
    const selected = toggleLoaded(NO_SELECTION, many);
    expect(selected.kind === 'ids' && selected.ids.size).toBe(MAX_SELECTED_IDS);
    expect(toggle(selected, MAX_SELECTED_IDS + 3)).toEqual(selected);
    expect(toggleLoaded(selected, many.slice(0, MAX_SELECTED_IDS))).toEqual(NO_SELECTION);
    expect(toggle({ kind: 'all' }, 1)).toEqual(NO_SELECTION);
  });
});
