import { afterEach, describe, expect, it, vi } from 'vitest';

import { jobRunsRefetchInterval } from '@/features/jobs/api/get-job-runs';
import { buildJobRun } from '@/testing/data';
import { jsonResponse, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const running = buildJobRun({
  id: 12,
  jobName: 'enrichmentJob',
  status: 'STARTED',
  triggerType: 'api',
  triggeredBy: 3,
  triggeredByName: 'Grace Hopper',
  endedAt: null,
  progress: { itemsDone: 120, itemsExpected: 500, percent: 24, itemsPerSecond: 12.5 },
});
const counted = buildJobRun({
  id: 11,
  jobName: 'reportJob',
  status: 'COMPLETED',
  triggerType: 'schedule',
  triggeredBy: null,
  progress: { itemsDone: 3, itemsExpected: null, percent: null, itemsPerSecond: 0.5 },
});
const failed = buildJobRun({
  id: 10,
  status: 'FAILED',
  progress: { itemsDone: 40, itemsExpected: 100, percent: 40, itemsPerSecond: 2 },
  failureType: 'FlatFileParseException',
  failureMessage: 'Line 41: unterminated quote',
});

const page = (...items: ReturnType<typeof buildJobRun>[]) => ({ items, nextCursor: null });

function row(runId: number) {
  const link = screen.getByRole('link', { name: `Run #${runId}` });
  return within(link.closest('tr')!);
}

function listRequests(fetchMock: ReturnType<typeof mockApi>) {
  return requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/jobs');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Jobs page', () => {
  it('shows skeleton rows, then each run with its status chip, progress and throughput', async () => {
    mockApi({ 'GET /api/v1/jobs': () => jsonResponse(page(running, counted, failed)) });

    await renderApp('/jobs', { user: { role: 'member' } });

    expect(screen.getByRole('status')).toHaveTextContent('Loading job runs…');
    const table = await screen.findByRole('table', { name: 'Job runs' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Run',
      'Job',
      'Status',
      'Times',
      'Progress',
      'Throughput',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    const started = row(12);
    const startedRow = screen.getByRole('link', { name: 'Run #12' }).closest('tr')!;
    expect(started.getByText('enrichmentJob')).toBeInTheDocument();
    expect(startedRow).toHaveTextContent('Started by Grace Hopper');
    expect(startedRow).toHaveTextContent('Enrichment');
    expect(started.getByText('STARTED')).toBeInTheDocument();
    const bar = started.getByRole('progressbar', { name: 'Progress of run #12' });
    expect(bar).toHaveAttribute('value', '24');
    expect(bar).toHaveAttribute('max', '100');
    expect(started.getByText('120 / 500')).toBeInTheDocument();
    expect(started.getByText('24%')).toBeInTheDocument();
    expect(started.getByText('12.5 items/s')).toBeInTheDocument();
    expect(started.getByText('Queued').nextElementSibling!.querySelector('time')).toHaveAttribute(
      'datetime',
      running.queuedAt,
    );
    // Not ended yet: a dash, and words for screen readers.
    expect(started.getByText('Ended').nextElementSibling).toHaveTextContent('—not yet');

    // Unknown total: the count alone, and a completed run's bar is full.
    const done = row(11);
    expect(done.getByText('3 items')).toBeInTheDocument();
    expect(done.queryByText(/\d \/ \d/)).not.toBeInTheDocument();
    expect(done.getByRole('progressbar')).toHaveAttribute('value', '100');
    expect(done.getByText('Ended').nextElementSibling!.querySelector('time')).toHaveAttribute(
      'datetime',
      counted.endedAt!,
    );
    expect(screen.getByRole('link', { name: 'Run #11' }).closest('tr')).toHaveTextContent(
      'Scheduled',
    );

    expect(row(10).getByText('40 / 100')).toBeInTheDocument();

    // One colour per status.
    const chip = (runId: number, status: string) => row(runId).getByText(status).closest('span.ring-1');
    expect(chip(12, 'STARTED')).toHaveClass('bg-indigo-50');
    expect(chip(11, 'COMPLETED')).toHaveClass('bg-emerald-50');
    expect(chip(10, 'FAILED')).toHaveClass('bg-red-50');
    expect(screen.queryByText('Loading job runs…')).not.toBeInTheDocument();
  });

  it('links each run to its detail page', async () => {
    mockApi({ 'GET /api/v1/jobs': () => jsonResponse(page(failed)) });

    await renderApp('/jobs');

    expect(await screen.findByRole('link', { name: 'Run #10' })).toHaveAttribute('href', '/jobs/10');
  });

  it('polls every 2 s while a run is active and stops once none is', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let current = running;
    const fetchMock = mockApi({ 'GET /api/v1/jobs': () => jsonResponse(page(current)) });
    await renderApp('/jobs');
    await screen.findByText('120 / 500');
    expect(screen.getByText(/Live: refreshing every 2 s/)).toBeInTheDocument();
    expect(listRequests(fetchMock)).toHaveLength(1);

    current = { ...running, progress: { ...running.progress, itemsDone: 250, percent: 50 } };
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByText('250 / 500')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress of run #12' })).toHaveAttribute(
      'value',
      '50',
    );
    expect(listRequests(fetchMock)).toHaveLength(2);

    current = {
      ...running,
      status: 'COMPLETED',
      endedAt: '2026-11-29T17:05:00Z',
      progress: { ...running.progress, itemsDone: 500, percent: 100 },
    };
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByText('500 / 500')).toBeInTheDocument();
    expect(listRequests(fetchMock)).toHaveLength(3);
    expect(screen.queryByText(/Live: refreshing/)).not.toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(10_000);
    expect(listRequests(fetchMock)).toHaveLength(3);
  });

  it('asks again only while some run on screen is active', () => {
    const pages = (...runs: ReturnType<typeof buildJobRun>[]) => ({
      pages: [page(...runs)],
      pageParams: [undefined],
    });
    for (const status of ['QUEUED', 'STARTING', 'STARTED', 'STOPPING'] as const) {
      expect(jobRunsRefetchInterval(pages(counted, buildJobRun({ status })))).toBe(2_000);
    }
    for (const status of ['STOPPED', 'FAILED', 'COMPLETED', 'ABANDONED'] as const) {
      expect(jobRunsRefetchInterval(pages(counted, buildJobRun({ status })))).toBe(false);
    }
    expect(jobRunsRefetchInterval(undefined)).toBe(false);
  });

  it('filters by status chips at once, and by job name and time range on Apply', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/jobs': () => jsonResponse(page(failed)) });
    const { user } = await renderApp('/jobs');
    await screen.findByRole('table', { name: 'Job runs' });

    const failedChip = screen.getByRole('button', { name: 'FAILED' });
    await user.click(failedChip);
    await user.click(screen.getByRole('button', { name: 'QUEUED' }));
    expect(failedChip).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(listRequests(fetchMock).at(-1)?.query.getAll('status')).toEqual(['QUEUED', 'FAILED']),
    );

    await user.type(screen.getByLabelText('Job'), 'csvImportJob');
    await user.type(screen.getByLabelText('From'), '2026-11-01T08:30');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(listRequests(fetchMock).at(-1)?.query.get('job')).toBe('csvImportJob'));
    const last = listRequests(fetchMock).at(-1)!;
    expect(last.query.getAll('status')).toEqual(['QUEUED', 'FAILED']);
    expect(last.query.get('from')).toBe(new Date('2026-11-01T08:30').toISOString());
    expect(last.query.get('limit')).toBe('50');
  });

  it('refuses a job name the API would reject, without asking it', async () => {
    const fetchMock = mockApi({ 'GET /api/v1/jobs': () => jsonResponse(page()) });
    const { user } = await renderApp('/jobs');
    await screen.findByText('No job runs');

    await user.type(screen.getByLabelText('Job'), 'drop table;');
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(screen.getByLabelText('Job')).toHaveAccessibleDescription(
      'Letters, digits, dots, dashes and underscores only',
    );
    expect(listRequests(fetchMock)).toHaveLength(1);
  });

  it('says so when there are no runs, and when nothing matches', async () => {
    mockApi({ 'GET /api/v1/jobs': () => jsonResponse(page()) });
    const { user } = await renderApp('/jobs');

    expect(await screen.findByRole('heading', { name: 'No job runs' })).toBeInTheDocument();
    expect(screen.getByText(/show their runs here/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'STOPPED' }));

    expect(await screen.findByText(/Nothing matches these filters/)).toBeInTheDocument();
  });

  it('loads older runs with the cursor', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/jobs': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'older'
          ? jsonResponse(page(failed))
          : jsonResponse({ items: [counted], nextCursor: 'older' }),
    });
    const { user } = await renderApp('/jobs');

    await user.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Run #10' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Run #11' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(listRequests(fetchMock).at(-1)?.query.get('cursor')).toBe('older');
  });
});
