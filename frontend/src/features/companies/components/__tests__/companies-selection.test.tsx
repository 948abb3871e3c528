import { beforeEach, describe, expect, it } from 'vitest';

import { VIRTUAL_ROW_HEIGHT } from '@/components/ui/virtual-table';
import { buildCompany, buildJobRun, buildJobRunDetail } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { stubScrollBox } from '@/testing/virtual';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const companies = [
  buildCompany({ id: 7, name: 'Acme GmbH', domain: 'acme.example' }),
  buildCompany({ id: 8, name: 'Beta AG', domain: 'beta.example' }),
  buildCompany({ id: 9, name: 'Ćevapi d.o.o.', domain: 'cevapi.example' }),
];

const report61 = {
  report: {
    id: 61, status: 'QUEUED', createdBy: 'Ada', createdAt: '2026-12-05T09:00:00Z', endedAt: null,
    companies: 2, complete: 0, failed: 0, pending: 2, progress: 0, filesRemovedAt: null,
  },
  files: [],
  nextAfter: null,
};

function api(total: { value: number; exact: boolean }, extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/companies': () => jsonResponse({ items: companies, nextCursor: null, total }),
    'GET /api/v1/reports/61': () => jsonResponse(report61),
    ...extra,
  });
}

async function startedReports(fetchMock: ReturnType<typeof mockApi>) {
  const posts = requestsOf(fetchMock).filter(({ method, path }) => method === 'POST' && path === '/api/v1/reports');
  return Promise.all(
    posts.map(async ({ request }) => ({
      body: (await request.clone().json()) as unknown,
      key: request.headers.get('Idempotency-Key'),
    })),
  );
}

beforeEach(() => {
  stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
});

// Whole-app renders with several round trips: give them room on a busy machine.
describe('Selecting companies', { timeout: 20_000 }, () => {
  it('makes dossiers of the picked rows after a confirmation naming the count, then opens the report', async () => {
    const fetchMock = api(
      { value: 1234, exact: true },
      { 'POST /api/v1/reports': () => jsonResponse({ id: 61, created: true }, { status: 202 }) },
    );
    const { user, router } = await renderApp('/companies?q=a');
    const table = await screen.findByRole('table', { name: 'Companies' });

    await user.click(within(table).getByRole('checkbox', { name: 'Select Beta AG' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Select Ćevapi d.o.o.' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(bar).toHaveTextContent('2 companies selected.');
    expect(within(table).getByRole('checkbox', { name: 'Select all loaded companies' })).toBePartiallyChecked();

    await user.click(within(bar).getByRole('button', { name: 'Dossiers' }));
    const confirm = screen.getByRole('dialog', { name: 'Make dossiers of 2 selected companies?' });
    await user.click(within(confirm).getByRole('button', { name: 'Start 2 dossiers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Report #61' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reports/61');
    const [started] = await startedReports(fetchMock);
    expect(started!.body).toEqual({ ids: [8, 9] });
    expect(started!.key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('widens to all matching the search and filters and sends them, not ids', async () => {
    const fetchMock = api(
      { value: 1234, exact: true },
      { 'POST /api/v1/reports': () => jsonResponse({ id: 61, created: true }, { status: 202 }) },
    );
    const { user } = await renderApp('/companies?q=a&country=DE&hasDomain=true');
    const table = await screen.findByRole('table', { name: 'Companies' });

    await user.click(within(table).getByRole('checkbox', { name: 'Select all loaded companies' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(bar).toHaveTextContent('3 companies selected.');
    await user.click(within(bar).getByRole('button', { name: 'Select all 1,234 matching this filter' }));
    expect(bar).toHaveTextContent('All 1,234 companies matching this filter are selected.');

    await user.click(within(bar).getByRole('button', { name: 'Dossiers' }));
    const confirm = screen.getByRole('dialog', {
      name: 'Make dossiers of all 1,234 companies matching this filter?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Start 1,234 dossiers' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Report #61' })).toBeInTheDocument();
    const [started] = await startedReports(fetchMock);
    expect(started!.body).toEqual({ filter: { q: 'a', country: ['DE'], hasDomain: true } });
  });

  it('says "about" when the total is an estimate', async () => {
    api({ value: 120_000, exact: false });
    const { user } = await renderApp('/companies');
    const table = await screen.findByRole('table', { name: 'Companies' });

    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    await user.click(within(bar).getByRole('button', { name: 'Select all about 120,000 matching this filter' }));
    await user.click(within(bar).getByRole('button', { name: 'Dossiers' }));

    const confirm = screen.getByRole('dialog', {
      name: 'Make dossiers of about 120,000 companies matching this filter?',
    });
    expect(within(confirm).getByRole('button', { name: 'Start about 120,000 dossiers' })).toBeEnabled();
  });

  it('keeps the dialog open with the reason when the report cannot start, and retries with the same key', async () => {
    let calls = 0;
    const fetchMock = api(
      { value: 3, exact: true },
      {
        'POST /api/v1/reports': () => {
          calls += 1;
          return calls === 1
            ? leadlineProblem('nothing-to-report', 422, { title: 'Nothing to report', detail: 'No company matches' })
            : jsonResponse({ id: 61, created: true }, { status: 202 });
        },
      },
    );
    const { user } = await renderApp('/companies');
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    await user.click(within(screen.getByRole('region', { name: 'Selection' })).getByRole('button', { name: 'Dossiers' }));
    const confirm = screen.getByRole('dialog', { name: 'Make dossiers of 1 selected company?' });

    await user.click(within(confirm).getByRole('button', { name: 'Start 1 dossier' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('No company matches');
    await user.click(within(confirm).getByRole('button', { name: 'Start 1 dossier' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Report #61' })).toBeInTheDocument();
    await waitFor(async () => expect(await startedReports(fetchMock)).toHaveLength(2));
    const [first, second] = await startedReports(fetchMock);
    expect(second!.key).toBe(first!.key);
  });

  it('a new search starts without a selection', async () => {
    api({ value: 3, exact: true });
    const { user } = await renderApp('/companies');
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    expect(screen.getByRole('region', { name: 'Selection' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search companies' }), 'beta');

    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument());
  });

  it('lets a viewer export the selection but neither delete nor make dossiers', async () => {
    const exported: unknown[] = [];
    api(
      { value: 3, exact: true },
      {
        'POST /api/v1/companies/selection/export': async (request) => {
          exported.push({ body: await request.json(), sort: new URL(request.url).searchParams.get('sort') });
          return new Response('Company\n', { headers: { 'Content-Type': 'text/csv' } });
        },
      },
    );
    const { user } = await renderApp('/companies?sort=-created', { user: { role: 'viewer' } });
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Beta AG' }));
    const bar = screen.getByRole('region', { name: 'Selection' });

    expect(within(bar).queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: 'Dossiers' })).not.toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(exported).toEqual([{ body: { ids: [8] }, sort: '-created' }]));
  });

  it('exports all matching the search and filters by filter, not ids', async () => {
    const exports: URL[] = [];
    api(
      { value: 1234, exact: true },
      {
        'GET /api/v1/companies/export': (request) => {
          exports.push(new URL(request.url));
          return new Response('Company\n', { headers: { 'Content-Type': 'text/csv' } });
        },
      },
    );
    const { user } = await renderApp('/companies?q=a&hasDomain=true');
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    await user.click(within(bar).getByRole('button', { name: 'Select all 1,234 matching this filter' }));

    await user.click(within(bar).getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(exports).toHaveLength(1));
    expect(exports[0]!.searchParams.get('q')).toBe('a');
    expect(exports[0]!.searchParams.get('hasDomain')).toBe('true');
  });

  it('deletes the picked companies after a confirmation naming the count and keeping their contacts', async () => {
    const deleted: unknown[] = [];
    const fetchMock = api(
      { value: 3, exact: true },
      {
        'POST /api/v1/companies/selection/delete': async (request) => {
          deleted.push(await request.json());
          return jsonResponse({ deleted: 2, contactsUnlinked: 5 });
        },
      },
    );
    const { user } = await renderApp('/companies');
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Select Beta AG' }));
    await user.click(within(screen.getByRole('region', { name: 'Selection' })).getByRole('button', { name: 'Delete' }));

    const confirm = screen.getByRole('alertdialog', { name: 'Delete 2 selected companies?' });
    expect(confirm).toHaveTextContent('Their contacts are kept, unlinked from the company.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete 2 companies' }));

    const done = await screen.findByRole('dialog', { name: 'Deleted 2 companies.' });
    expect(done).toHaveTextContent('5 contacts were kept, now without a company.');
    expect(deleted).toEqual([{ ids: [7, 8] }]);
    await waitFor(() =>
      expect(requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/companies').length).toBeGreaterThan(1),
    );
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument();
  });

  it('deletes all matching the filter in a job after a confirmation naming the count, and follows it', async () => {
    const started: { body: unknown; key: string | null }[] = [];
    let polls = 0;
    const fetchMock = api(
      { value: 1234, exact: true },
      {
        'POST /api/v1/companies/bulk-delete': async (request) => {
          started.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
          return jsonResponse({ id: 88, status: 'QUEUED', created: true }, { status: 202 });
        },
        'GET /api/v1/jobs/88': () => {
          polls += 1;
          return jsonResponse(
            buildJobRunDetail({
              run: buildJobRun({
                id: 88,
                jobName: 'companyBulkDeleteJob',
                status: polls > 1 ? 'COMPLETED' : 'STARTED',
                progress: {
                  itemsDone: polls > 1 ? 1234 : 500,
                  itemsExpected: 1234,
                  percent: polls > 1 ? 100 : 40,
                  itemsPerSecond: 250,
                },
              }),
            }),
          );
        },
      },
    );
    const { user } = await renderApp('/companies?q=acme&country=DE');
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    await user.click(within(bar).getByRole('button', { name: 'Select all 1,234 matching this filter' }));
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));

    const confirm = screen.getByRole('alertdialog', { name: 'Delete all 1,234 companies matching this filter?' });
    expect(confirm).toHaveTextContent('companies added later are kept. Their contacts are kept');
    await user.click(within(confirm).getByRole('button', { name: 'Delete 1,234 companies' }));

    expect(await screen.findByRole('dialog', { name: 'Deleting the companies in the background…' })).toBeVisible();
    const done = await screen.findByRole('dialog', { name: 'Deleted 1,234 companies.' }, { timeout: 5_000 });
    expect(done).toHaveTextContent('Their contacts were kept, now without a company.');
    expect(within(done).getByRole('link', { name: 'See the job' })).toHaveAttribute('href', '/jobs/88');
    expect(started).toHaveLength(1);
    expect(started[0]!.body).toEqual({ q: 'acme', country: ['DE'] });
    expect(started[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() =>
      expect(requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/companies').length).toBeGreaterThan(1),
    );
    await user.click(within(done).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Selection' })).not.toBeInTheDocument();
  });

  it('lets members delete picked rows but not all matching, and says why', async () => {
    api({ value: 1234, exact: true });
    const { user } = await renderApp('/companies', { user: { role: 'member' } });
    const table = await screen.findByRole('table', { name: 'Companies' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Acme GmbH' }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(within(bar).getByRole('button', { name: 'Delete' })).toBeEnabled();
    await user.click(within(bar).getByRole('button', { name: 'Select all 1,234 matching this filter' }));

    const remove = within(bar).getByRole('button', { name: 'Delete' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription('Only owners and admins can delete all companies matching a filter.');
  });
});
