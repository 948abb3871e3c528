import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildEnrichmentRun } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { AppProvider } from '@/app/provider';
import { renderApp, renderWithProviders, screen, waitFor, within } from '@/testing/test-utils';

import { EnrichmentItems } from '@/features/enrichment/components/enrichment-items';

const stages = [
  {
    name: 'person',
    description: 'E-mail, title, phone and LinkedIn.',
    entity: 'contact',
    fields: ['emailStatus'],
    costPerItem: 1,
    available: true,
  },
];

const estimate = {
  stage: 'person',
  selected: 5000,
  skippedFresh: 1200,
  toEnrich: 3800,
  workable: 3650,
  maxCredits: 3800,
  hold: 3800,
  expectedCredits: 3650,
  balance: 1000,
  available: 1000,
  covered: false,
  freshnessDays: 30,
};

function bodiesOf(fetchMock: ReturnType<typeof mockApi>, method: string, path: string) {
  return Promise.all(
    requestsOf(fetchMock)
      .filter((request) => request.method === method && request.path === path)
      .map(({ request }) => request.clone().json() as Promise<unknown>),
  );
}

const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

describe('Enrichment page', () => {
  it('estimates a filtered selection and shows that the credits do not cover it', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([buildEnrichmentRun()]),
      'POST /api/v1/enrichment/estimate': () => jsonResponse(estimate),
    });
    const { user } = await renderApp('/enrichment?country=DE&emailStatus=UNKNOWN');

    expect(await screen.findByRole('option', { name: 'Person · contacts' })).toBeInTheDocument();
    expect(screen.getByLabelText('Countries')).toHaveValue('DE');
    await user.click(screen.getByLabelText(/Force/));
    await user.type(screen.getByLabelText('Budget (optional)'), '2000');
    await user.click(screen.getByRole('button', { name: 'Estimate' }));

    const summary = within(await screen.findByRole('region', { name: 'Estimate' }));
    expect(summary.getByText('Skipped as fresh').nextSibling).toHaveTextContent('1,200');
    expect(summary.getByText('To enrich').nextSibling).toHaveTextContent('3,800');
    expect(summary.getByText('Expected credits').nextSibling).toHaveTextContent('3,650');
    expect(summary.getByText(/Not covered/)).toBeInTheDocument();
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/enrichment/estimate')).toEqual([
      {
        stage: 'person',
        filter: { country: ['DE'], emailStatus: ['UNKNOWN'] },
        force: true,
        budget: 2000,
      },
    ]);
  });

  it('explains a refused start: insufficient credits', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([]),
      'GET /api/v1/enrichment/settings': () =>
        jsonResponse({ freshnessDays: 30, nightlyEnabled: false, nightlyStages: [], nightlyCreditCap: 0 }),
      'POST /api/v1/enrichment/runs': () =>
        leadlineProblem('insufficient-credits', 402, {
          title: 'Insufficient credits',
          detail: 'The run needs 3800 credits; 1000 are available.',
        }),
    });
    const { user } = await renderApp('/enrichment');

    await user.click(await screen.findByRole('button', { name: 'Start run' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not enough credits for this run');
    expect(alert).toHaveTextContent('The run needs 3800 credits; 1000 are available.');
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/enrichment/runs')).toEqual([
      { stage: 'person', all: true },
    ]);
    expect(screen.getByText('No enrichment runs yet')).toBeInTheDocument();
  });

  it('lists the runs with their counts and links each to its page', async () => {
    mockApi({
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([buildEnrichmentRun()]),
    });
    await renderApp('/enrichment');

    const table = within(await screen.findByRole('table', { name: 'Enrichment runs' }));
    const [, row] = table.getAllByRole('row');
    const cells = within(row!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 8)).toEqual(['Run #51', 'person', 'COMPLETED', '3,610', '150', '40', '0', '1,990']);
    expect(within(row!).getByRole('link', { name: 'Run #51' })).toHaveAttribute('href', '/enrichment/runs/51');
  });

  it('hides the start button from viewers', async () => {
    mockApi({
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([]),
    });
    await renderApp('/enrichment', { user: { role: 'viewer' } });

    expect(await screen.findByRole('button', { name: 'Estimate' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start run' })).toBeNull();
  });
});

describe('Enrichment run page', () => {
  const stopped = buildEnrichmentRun({
    status: 'STOPPED',
    stopCause: 'credits',
    pending: 1500,
    found: 450,
    notFound: 40,
    failed: 10,
    held: 500,
    charged: 500,
    released: 0,
  });

  it('explains a run stopped out of credits, resumes it with a new budget and shows its new items', async () => {
    let current = stopped;
    const fetchMock = mockApi({
      'GET /api/v1/enrichment/runs/51': () => jsonResponse(current),
      'GET /api/v1/enrichment/runs/51/items': () =>
        jsonResponse({
          items:
            current === stopped
              ? []
              : [{ itemId: 7, label: 'Grace Hopper', state: 'found', reason: null, fields: { seniority: 'C_LEVEL' }, credits: 1, finishedAt: '2026-12-04T10:09:00Z' }],
          next: null,
        }),
      'POST /api/v1/enrichment/runs/51/resume': () => {
        current = { ...stopped, status: 'COMPLETED', stopCause: null as unknown as string, pending: 0 };
        return jsonResponse(current);
      },
    });
    const { user } = await renderApp('/enrichment/runs/51');

    expect(await screen.findByRole('heading', { level: 1, name: 'Enrichment run #51' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Out of credits.*Top up or raise the budget/);
    const credits = within(screen.getByRole('region', { name: 'Credits' }));
    expect(credits.getByText('Held').nextSibling).toHaveTextContent('500');
    expect(credits.getByText('Charged').nextSibling).toHaveTextContent('500');

    await user.type(screen.getByLabelText('New budget (optional)'), '5000');
    await user.click(screen.getByRole('button', { name: 'Resume' }));

    await waitFor(() => expect(screen.getByText('COMPLETED')).toBeInTheDocument());
    expect(await bodiesOf(fetchMock, 'POST', '/api/v1/enrichment/runs/51/resume')).toEqual([{ budget: 5000 }]);
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    // The items are asked again once the status changed: the resumed run's results show.
    expect(await screen.findByText('Grace Hopper')).toBeInTheDocument();
  });

  it('filters the items by state, pages on with after, and downloads them as CSV with the token', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/enrichment/runs/51': () => jsonResponse(buildEnrichmentRun()),
      'GET /api/v1/enrichment/runs/51/items': (request) => {
        const url = new URL(request.url);
        if (url.searchParams.get('after') === '2') {
          return jsonResponse({
            items: [{ itemId: 3, label: 'Grace Hopper', state: 'failed', reason: 'timeout', fields: {}, credits: 0, finishedAt: '2026-12-04T10:02:00Z' }],
            next: null,
          });
        }
        return jsonResponse({
          items: [{ itemId: 2, label: 'Ada Lovelace', state: 'failed', reason: 'provider error', fields: {}, credits: 0, finishedAt: '2026-12-04T10:01:00Z' }],
          next: 2,
        });
      },
      'GET /api/v1/enrichment/runs/51/items.csv': () =>
        new Response('id,name\n2,Ada\n', {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="run-51-items.csv"' },
        }),
    });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:leadline/2'), revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = await renderApp('/enrichment/runs/51');

    await screen.findByRole('table', { name: 'Items' });
    await user.selectOptions(screen.getByLabelText('State'), 'failed');
    expect(await screen.findByText('provider error')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More items' }));
    expect(await screen.findByText('Grace Hopper')).toBeInTheDocument();

    const itemCalls = requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/enrichment/runs/51/items');
    expect(itemCalls.some(({ query }) => query.get('state') === 'failed' && !query.has('after'))).toBe(true);
    expect(itemCalls.some(({ query }) => query.get('state') === 'failed' && query.get('after') === '2')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(clicked).toEqual(['run-51-items.csv']));
    const csv = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/enrichment/runs/51/items.csv');
    expect(csv?.query.get('state')).toBe('failed');
    expect(csv?.request.headers.get('Authorization')).toBe('Bearer access-1');
  });
});

describe('Contacts page hand-over', () => {
  it('opens the enrichment page with the contacts filter of countries and e-mail status', async () => {
    mockApi({
      'GET /api/v1/contacts': () => jsonResponse({ items: [], nextCursor: null, total: { value: 0, exact: true } }),
      'GET /api/v1/enrichment/stages': () => jsonResponse(stages),
      'GET /api/v1/enrichment/runs': () => jsonResponse([]),
    });
    const { user } = await renderApp('/contacts?country=AT&emailStatus=RISKY');

    await user.click(screen.getByRole('link', { name: 'Enrich these contacts' }));

    expect(await screen.findByLabelText('Countries')).toHaveValue('AT');
    expect(screen.getByRole('checkbox', { name: 'risky' })).toBeChecked();
  });
});

describe('Enrichment items', () => {
  it('asks for the items again when the run completes, so the last chunk shows', async () => {
    let done = false;
    mockApi({
      'GET /api/v1/enrichment/runs/51/items': () =>
        jsonResponse({
          items: done
            ? [{ itemId: 7, label: 'Grace Hopper', state: 'found', reason: null, fields: { seniority: 'C_LEVEL' }, credits: 1, finishedAt: '2026-12-04T10:09:00Z' }]
            : [],
          next: null,
        }),
    });
    const { rerender, queryClient } = renderWithProviders(<EnrichmentItems runId={51} status="STARTED" />, { user: {} });
    expect(await screen.findByText('No items in this state.')).toBeInTheDocument();

    // The run finished between two polls: the page learns it from the run, not from the items.
    done = true;
    rerender(
      <AppProvider queryClient={queryClient}>
        <EnrichmentItems runId={51} status="COMPLETED" />
      </AppProvider>,
    );

    expect(await screen.findByText('Grace Hopper')).toBeInTheDocument();
    expect(screen.getByText('seniority: C_LEVEL')).toBeInTheDocument();
  });
});
