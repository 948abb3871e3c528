import { beforeEach, describe, expect, it, vi } from 'vitest';

import { buildOverview } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const CHARTS = ['Contacts and companies created', 'Imports', 'Job outcomes', 'Data completeness'];

/**
 * Recharts sizes its charts from ResizeObserver and getBoundingClientRect, which jsdom lacks
 * or answers with zeros; without a size it draws nothing (or warns of a 0 × 0 chart).
 */
function giveChartsASize(width = 600, height = 240) {
  class SizedResizeObserver {
    private readonly callback: ResizeObserverCallback;
    constructor(callback: ResizeObserverCallback) {
      this.callback = callback;
    }
    observe(target: Element) {
      const entry = { target, contentRect: { width, height } } as unknown as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', SizedResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width, height }),
  );
}

beforeEach(() => {
  giveChartsASize();
});

describe('Overview page', () => {
  it('shows the totals as tiles and draws each chart, without warnings', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const fetchMock = mockApi({
      'GET /api/v1/overview': () => jsonResponse(buildOverview()),
    });

    await renderApp('/');

    const totals = within(screen.getByRole('region', { name: 'Totals' }));
    const tile = async (label: string) => (await totals.findByText(label)).nextElementSibling;
    expect(await tile('Contacts')).toHaveTextContent('1,500+1,500 in 3 days');
    expect(await tile('Companies')).toHaveTextContent('4080% of contacts linked');
    expect(await tile('Rows imported')).toHaveTextContent('1,5302 imports in 3 days');
    expect(await tile('Job runs')).toHaveTextContent('31 failed in 3 days');

    for (const name of CHARTS) {
      const panel = screen.getByRole('region', { name });
      await waitFor(() => expect(panel.querySelector('.recharts-wrapper svg.recharts-surface')).not.toBeNull());
    }
    const created = screen.getByRole('region', { name: 'Contacts and companies created' });
    expect(within(created).getByText(/1,500 contacts and 40 companies created in the last 3 days/)).toBeInTheDocument();
    expect(within(created).getByText(/busiest day was Sun, Nov 29 with 1,000 contacts/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Job outcomes' })).getByText(
        'In the last 3 days 2 job runs completed, 1 failed and 0 were stopped.',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Data completeness' })).getByText(
        'Of 1,500 contacts: 100% have an e-mail, 60% have a phone, 50% have a title, 80% have a company.',
      ),
    ).toBeInTheDocument();
    const completeness = screen.getByRole('region', { name: 'Data completeness' });
    await waitFor(() => expect(completeness.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4));

    const overview = requestsOf(fetchMock).find(({ path }) => path === '/api/v1/overview')!;
    expect(overview.query.get('days')).toBe('30');
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('keeps the rest of the page when the figures cannot be read', async () => {
    mockApi({
      'GET /api/v1/overview': () =>
        leadlineProblem('internal-error', 500, { title: 'Internal Server Error', detail: 'Something broke' }),
    });

    await renderApp('/');

    expect(await screen.findByText('Something broke')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'System status' })).not.toBeInTheDocument();
  });

  it('leads a tenant without contacts to its first import, with a sample file', async () => {
    mockApi({ 'GET /api/v1/overview': () => jsonResponse(buildOverview(EMPTY)) });

    const { user, router } = await renderApp('/', { user: { tenant: { id: 1, slug: 'acme', name: 'Acme' } } });

    const start = within(await screen.findByRole('region', { name: 'Import your first file' }));
    expect(start.getByText(/Acme has no contacts yet/)).toBeInTheDocument();
    const sample = start.getByRole('link', { name: 'Download a sample CSV' });
    expect(sample).toHaveAttribute('href', '/sample-contacts.csv');
    expect(sample).toHaveAttribute('download', 'sample-contacts.csv');
    expect(screen.queryByRole('region', { name: 'Totals' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Imports' })).not.toBeInTheDocument();

    await user.click(start.getByRole('link', { name: 'Import your first file' }));
    expect(router.state.location.pathname).toBe('/imports');
  });

  it('asks again when the reader comes back after the first import', async () => {
    let contacts = 0;
    const fetchMock = mockApi({
      'GET /api/v1/overview': () => jsonResponse(contacts === 0 ? buildOverview(EMPTY) : buildOverview()),
      'GET /api/v1/imports': () => jsonResponse({ items: [], nextCursor: null }),
    });
    const { user } = await renderApp('/');
    const start = within(await screen.findByRole('region', { name: 'Import your first file' }));
    await user.click(start.getByRole('link', { name: 'Import your first file' }));
    contacts = 1500;

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Overview' }));

    expect(await screen.findByRole('region', { name: 'Totals' })).toBeInTheDocument();
    expect(requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/overview').length).toBeGreaterThanOrEqual(2);
  });

  it('offers a viewer the sample but no import', async () => {
    mockApi({ 'GET /api/v1/overview': () => jsonResponse(buildOverview(EMPTY)) });

    await renderApp('/', { user: { role: 'viewer' } });

    const start = within(await screen.findByRole('region', { name: 'Import your first file' }));
    expect(start.getByText(/An owner, admin or member can import a file/)).toBeInTheDocument();
    expect(start.queryByRole('link', { name: 'Import your first file' })).not.toBeInTheDocument();
    expect(start.getByRole('link', { name: 'Download a sample CSV' })).toBeInTheDocument();
  });

  it('shows the figures, not the first steps, once there are contacts', async () => {
    mockApi({ 'GET /api/v1/overview': () => jsonResponse(buildOverview({ contacts: 1 })) });

    await renderApp('/');

    expect(await screen.findByRole('region', { name: 'Totals' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Import your first file' })).not.toBeInTheDocument();
  });
});

const EMPTY = {
  contacts: 0,
  companies: 0,
  contactsPerDay: [],
  companiesPerDay: [],
  importsPerDay: [],
  jobsPerDay: [],
  completeness: { contacts: 0, withEmail: 0, withPhone: 0, withTitle: 0, withCompany: 0 },
};
