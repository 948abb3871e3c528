import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  buildExecution,
  buildJobRun,
  buildJobRunDetail,
  buildJobRunEvent,
  buildStep,
} from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

const failedRun = buildJobRun({
  id: 7,
  jobName: 'csvImportJob',
  status: 'FAILED',
  endedAt: '2026-11-29T17:01:00Z',
  progress: { itemsDone: 200, itemsExpected: 500, percent: 40, itemsPerSecond: 3.3 },
  failureType: 'FlatFileParseException',
  failureMessage: 'Line 201: unterminated quoted field',
});
const failed = buildJobRunDetail({
  run: failedRun,
  parameters: { file: 'contacts.csv', dryRun: false },
  executions: [
    buildExecution({
      id: 21,
      status: 'FAILED',
      exitCode: 'FAILED',
      exitMessage: 'FlatFileParseException: Line 201',
      steps: [
        buildStep({
          id: 31,
          name: 'csvImportStep',
          status: 'FAILED',
          readCount: 210,
          writeCount: 200,
          filterCount: 7,
          skipCount: 3,
          commitCount: 2,
          rollbackCount: 1,
        }),
      ],
    }),
  ],
  allowedActions: ['restart', 'abandon'],
});
const events = [
  buildJobRunEvent({ id: 1, kind: 'run.started', level: 'info', message: 'Started on worker vm:1' }),
  buildJobRunEvent({
    id: 2,
    kind: 'item.skipped',
    level: 'warning',
    message: 'Row 12 skipped: invalid e-mail',
    details: { row: 12 },
  }),
  buildJobRunEvent({ id: 3, kind: 'run.failed', level: 'error', message: 'Line 201: unterminated' }),
];

function api(detail = failed, extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/jobs/7': () => jsonResponse(detail),
    'GET /api/v1/jobs/7/events': () => jsonResponse({ items: events, nextCursor: null }),
    ...extra,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Job run page', () => {
  it('shows the run, its failure as data, parameters, step counts and events', async () => {
    api();

    await renderApp('/jobs/7', { user: { role: 'member' } });

    expect(screen.getByText('Loading run #7…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeInTheDocument();
    expect(screen.getByText('Run #7')).toBeInTheDocument();

    const summary = within(screen.getByRole('region', { name: 'Run' }));
    expect(summary.getByText('FAILED')).toBeInTheDocument();
    expect(summary.getByRole('progressbar', { name: 'Progress of run #7' })).toHaveAttribute(
      'value',
      '40',
    );
    expect(summary.getByText('200 / 500')).toBeInTheDocument();
    expect(summary.getByText('3.3 items/s')).toBeInTheDocument();
    const failure = summary.getByText('This run failed').closest('div.ring-1')!;
    // The exception's class is a technical detail.
    expect(screen.getByText('Technical details').closest('details')).toHaveTextContent('FlatFileParseException');
    expect(failure).toHaveTextContent('Line 201: unterminated quoted field');

    const parameters = within(screen.getByRole('table', { name: 'Parameters' }));
    expect(parameters.getByRole('cell', { name: 'contacts.csv' })).toBeInTheDocument();
    expect(parameters.getByRole('cell', { name: 'false' })).toBeInTheDocument();

    const steps = within(screen.getByRole('table', { name: 'Steps of execution #21' }));
    expect(steps.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Step',
      'Status',
      'Read',
      'Write',
      'Filter',
      'Skip',
      'Commit',
      'Rollback',
      'Duration',
    ]);
    const [, step] = steps.getAllByRole('row');
    expect(
      within(step!)
        .getAllByRole('cell')
        .slice(0, 8)
        .map((cell) => cell.textContent),
    ).toEqual(['csvImportStep', 'FAILED', '210', '200', '7', '3', '2', '1']);
    expect(screen.getByText('FlatFileParseException: Line 201')).toBeInTheDocument();

    const log = within(await screen.findByRole('table', { name: 'Events' }));
    const rows = log.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
      'run.started',
      'item.skipped',
      'run.failed',
    ]);
    expect(within(rows[1]!).getByText('Warning')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Error')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Row 12 skipped: invalid e-mail')).toBeInTheDocument();
  });

  it('shows a stop by a person as a stop with their name, not as a failure', async () => {
    const requestedAt = '2026-11-29T17:00:30Z';
    api(
      buildJobRunDetail({
        run: buildJobRun({
          id: 7,
          status: 'STOPPED',
          progress: { itemsDone: 200, itemsExpected: 500, percent: 40, itemsPerSecond: 3.3 },
          stop: { cause: 'user', userId: 3, userName: 'Ana', workerId: null, requestedAt },
        }),
        allowedActions: ['restart', 'abandon'],
      }),
    );

    await renderApp('/jobs/7', { user: { role: 'member' } });

    expect(await screen.findByText(/^Stopped by Ana at /)).toBeInTheDocument();
    expect(screen.queryByText('JobInterruptedException')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows 100 % for a completed run whose estimate was too high, and each attempt’s own times', async () => {
    api(
      buildJobRunDetail({
        run: buildJobRun({
          id: 7,
          status: 'COMPLETED',
          progress: { itemsDone: 470, itemsExpected: 500, percent: 94, itemsPerSecond: 3.3 },
        }),
        executions: [
          buildExecution({ id: 21, status: 'FAILED', workerId: 'worker-a:1:aa' }),
          buildExecution({ id: 22, queuedAt: '2026-11-29T18:00:00Z', workerId: 'worker-b:2:bb' }),
        ],
        allowedActions: [],
      }),
    );

    await renderApp('/jobs/7', { user: { role: 'member' } });

    const bar = await screen.findByRole('progressbar', { name: 'Progress of run #7' });
    expect(bar).toHaveAttribute('aria-valuetext', '470 / 500 (100%)');
    expect(screen.getByText('worker-a:1:aa')).toBeInTheDocument();
    expect(screen.getByText('worker-b:2:bb')).toBeInTheDocument();
    expect(screen.getByText('Queued (this attempt)')).toBeInTheDocument();
  });

  it('keeps Restart disabled for a member, and says why', async () => {
    const fetchMock = api();

    await renderApp('/jobs/7', { user: { role: 'member' } });

    const restart = await screen.findByRole('button', { name: 'Restart' });
    expect(restart).toBeDisabled();
    expect(restart).toHaveAccessibleDescription('Only owners and admins can restart runs');
    expect(screen.getByRole('button', { name: 'Abandon' })).toBeDisabled();
    expect(
      screen.getByText('Only owners and admins can stop, restart, abandon or recover runs.'),
    ).toBeInTheDocument();
    expect(requestsOf(fetchMock).some(({ method }) => method === 'POST')).toBe(false);
  });

  it('enables only the actions the run allows, and says why the others are not', async () => {
    api(buildJobRunDetail({ run: buildJobRun({ id: 7, status: 'COMPLETED' }), allowedActions: [] }));

    await renderApp('/jobs/7', { user: { role: 'admin' } });

    const restart = await screen.findByRole('button', { name: 'Restart' });
    expect(restart).toBeDisabled();
    expect(restart).toHaveAccessibleDescription(
      'A COMPLETED run cannot be restarted; only FAILED or STOPPED runs can',
    );
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAccessibleDescription(
      'A COMPLETED run cannot be stopped',
    );
    expect(screen.getByText('Nothing can be done to a COMPLETED run.')).toBeInTheDocument();
  });

  it('restarts once confirmed and shows the conflict the API explains', async () => {
    let detailCalls = 0;
    const fetchMock = api(failed, {
      'GET /api/v1/jobs/7': () => {
        detailCalls += 1;
        return jsonResponse(failed);
      },
      'POST /api/v1/jobs/7/restart': () =>
        leadlineProblem('job-run-conflict', 409, {
          title: 'The run cannot do that now',
          detail: 'Run 7 was restarted by someone else a moment ago; it is QUEUED.',
        }),
    });
    const { user } = await renderApp('/jobs/7', { user: { role: 'admin' } });
    const restart = await screen.findByRole('button', { name: 'Restart' });
    expect(restart).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeDisabled();

    await user.click(restart);

    const dialog = screen.getByRole('alertdialog', { name: 'Restart run #7?' });
    expect(dialog).toHaveAccessibleDescription(/resumes after its last committed chunk/);
    expect(requestsOf(fetchMock).some(({ method }) => method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Restart run' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not restart run #7');
    expect(alert).toHaveTextContent('The run cannot do that now');
    expect(alert).toHaveTextContent('Run 7 was restarted by someone else a moment ago; it is QUEUED.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const posts = requestsOf(fetchMock).filter(({ method }) => method === 'POST');
    expect(posts.map(({ path }) => path)).toEqual(['/api/v1/jobs/7/restart']);
    expect(posts[0]!.request.headers.get('Authorization')).toBe('Bearer access-1');
    // The refusal means the run moved on: the page asks for it again.
    await waitFor(() => expect(detailCalls).toBe(2));
  });

  it('shows the run as the API answers it after a confirmed action', async () => {
    const queued = buildJobRunDetail({
      run: { ...failedRun, status: 'QUEUED', failureType: null, failureMessage: null },
      allowedActions: ['stop', 'abandon'],
    });
    let current = failed;
    api(failed, {
      'GET /api/v1/jobs/7': () => jsonResponse(current),
      'POST /api/v1/jobs/7/restart': () => {
        current = queued;
        return jsonResponse(queued);
      },
    });
    const { user } = await renderApp('/jobs/7', { user: { role: 'owner' } });

    await user.click(await screen.findByRole('button', { name: 'Restart' }));
    await user.click(screen.getByRole('button', { name: 'Restart run' }));

    expect(await screen.findByText('Restart requested: run #7 is now QUEUED')).toBeInTheDocument();
    const summary = within(screen.getByRole('region', { name: 'Run' }));
    expect(summary.getByText('QUEUED')).toBeInTheDocument();
    expect(summary.queryByText('FlatFileParseException')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Restart' })).toBeDisabled();
  });

  it('polls the run and its events while it is active, and stops when it ends', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const started = buildJobRunDetail({
      run: buildJobRun({
        id: 7,
        status: 'STARTED',
        endedAt: null,
        progress: { itemsDone: 10, itemsExpected: 100, percent: 10, itemsPerSecond: 5 },
      }),
      allowedActions: ['stop'],
    });
    let current = started;
    const fetchMock = api(started, { 'GET /api/v1/jobs/7': () => jsonResponse(current) });
    const count = (path: string) => requestsOf(fetchMock).filter((r) => r.path === path).length;
    await renderApp('/jobs/7');
    await screen.findByText('10 / 100');
    expect(screen.getByText(/Live: refreshing every 2 s/)).toBeInTheDocument();

    current = buildJobRunDetail({
      run: buildJobRun({ id: 7, status: 'COMPLETED' }),
      allowedActions: [],
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByText('500 / 500')).toBeInTheDocument();
    await waitFor(() => expect(count('/api/v1/jobs/7/events')).toBeGreaterThanOrEqual(2));
    const detailCalls = count('/api/v1/jobs/7');
    const eventCalls = count('/api/v1/jobs/7/events');
    expect(detailCalls).toBe(2);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(count('/api/v1/jobs/7')).toBe(detailCalls);
    expect(count('/api/v1/jobs/7/events')).toBe(eventCalls);
    expect(screen.queryByText(/Live: refreshing/)).not.toBeInTheDocument();
  });

  it('loads more events with the cursor', async () => {
    const fetchMock = api(failed, {
      'GET /api/v1/jobs/7/events': (request) =>
        new URL(request.url).searchParams.get('cursor') === 'next'
          ? jsonResponse({ items: events.slice(1), nextCursor: null })
          : jsonResponse({ items: events.slice(0, 1), nextCursor: 'next' }),
    });
    const { user } = await renderApp('/jobs/7');

    const log = within(await screen.findByRole('table', { name: 'Events' }));
    expect(log.getAllByRole('row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await log.findByText('run.failed')).toBeInTheDocument();
    expect(log.getAllByRole('row')).toHaveLength(4);
    const last = requestsOf(fetchMock).filter(({ path }) => path === '/api/v1/jobs/7/events').at(-1);
    expect(last?.query.get('cursor')).toBe('next');
  });

  it('shows the API’s answer when the run does not exist', async () => {
    mockApi({
      'GET /api/v1/jobs/404': () =>
        leadlineProblem('not-found', 404, { title: 'Not Found', detail: 'No job run 404.' }),
    });

    await renderApp('/jobs/404');

    expect(await screen.findByRole('alert')).toHaveTextContent('No job run 404.');
  });

  it('treats a run id that is not a number as a page that does not exist', async () => {
    await renderApp('/jobs/abc');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('Platform run page', () => {
  const platformRun = buildJobRunDetail({
    run: buildJobRun({ id: 9, tenantId: null, jobName: 'housekeepingJob', status: 'FAILED' }),
    executions: [buildExecution({ steps: [buildStep({ name: 'housekeepingStep', readCount: 4 })] })],
    allowedActions: ['restart', 'abandon'],
  });

  const platformEvents = [
    buildJobRunEvent({ id: 1, kind: 'run.started', message: 'Housekeeping started' }),
    buildJobRunEvent({ id: 2, kind: 'run.completed', message: 'Housekeeping completed' }),
  ];

  it('reads and acts through the admin API', async () => {
    const fetchMock = mockApi({
      'GET /api/v1/admin/jobs/9': () => jsonResponse(platformRun),
      'GET /api/v1/admin/jobs/9/events': () =>
        jsonResponse({ items: platformEvents, nextCursor: null }),
      'POST /api/v1/admin/jobs/9/abandon': () =>
        jsonResponse({ ...platformRun, run: { ...platformRun.run, status: 'ABANDONED' } }),
    });
    const { user } = await renderApp('/admin/jobs/9', {
      user: { role: 'member', platformAdmin: true },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Housekeeping' })).toBeInTheDocument();
    expect(screen.getByText('Run #9 · platform run')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'housekeepingStep' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Abandon' }));
    await user.click(screen.getByRole('button', { name: 'Abandon run' }));

    expect(await screen.findByText('Abandon requested: run #9 is now ABANDONED')).toBeInTheDocument();
    expect(requestsOf(fetchMock).map(({ method, path }) => `${method} ${path}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/admin/jobs/9/abandon']),
    );
    expect(requestsOf(fetchMock).some(({ path }) => path.startsWith('/api/v1/jobs'))).toBe(false);
  });

  it.each([
    { whose: 'a platform run', tenantId: null, tenantName: null, owner: 'platform run' },
    { whose: 'another tenant’s run', tenantId: 42, tenantName: 'Initech', owner: 'Initech' },
    { whose: 'a run of the admin’s own tenant', tenantId: 10, tenantName: 'Acme', owner: 'Acme' },
    { whose: 'a run whose tenant name is unknown', tenantId: 43, tenantName: null, owner: 'tenant #43' },
  ])('shows the log of $whose from the admin events endpoint', async ({ tenantId, tenantName, owner }) => {
    const fetchMock = mockApi({
      'GET /api/v1/admin/jobs/9': () =>
        jsonResponse({ ...platformRun, run: { ...platformRun.run, tenantId, tenantName } }),
      'GET /api/v1/admin/jobs/9/events': () =>
        jsonResponse({ items: platformEvents, nextCursor: null }),
    });
    await renderApp('/admin/jobs/9', { user: { role: 'admin', platformAdmin: true } });

    expect(await screen.findByText(`Run #9 · ${owner}`)).toBeInTheDocument();
    const log = within(await screen.findByRole('table', { name: 'Events' }));
    const rows = log.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
      'run.started',
      'run.completed',
    ]);
    expect(log.getByText('Housekeeping completed')).toBeInTheDocument();

    const eventCalls = requestsOf(fetchMock).filter(({ path }) => path.endsWith('/events'));
    expect(eventCalls.map(({ path }) => path)).toEqual(['/api/v1/admin/jobs/9/events']);
    expect(eventCalls[0]!.query.get('limit')).toBe('100');
    expect(eventCalls[0]!.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(requestsOf(fetchMock).some(({ path }) => path.startsWith('/api/v1/jobs'))).toBe(false);
  });

  it('refuses the page to someone who is not a platform admin', async () => {
    await renderApp('/admin/jobs/9', { user: { role: 'owner', platformAdmin: false } });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'You do not have access to this page',
    );
  });
});
