import { describe, expect, it } from 'vitest';

import { buildJobRun } from '@/testing/data';
import { jsonResponse, leadlineProblem, mockApi, requestsOf } from '@/testing/mock-fetch';
import { renderApp, screen, within } from '@/testing/test-utils';

const platformAdmin = { user: { platformAdmin: true } };

function adminRoutes(extra: Parameters<typeof mockApi>[0] = {}) {
  return {
    'GET /api/v1/admin/tenants': () => jsonResponse({ items: [], nextCursor: null }),
    'GET /api/v1/status': () =>
      jsonResponse({ name: 'leadline', version: 'test', roles: ['api'], time: '2026-12-05T10:00:00Z' }),
    'GET /api/v1/admin/jobs/platform-jobs': () =>
      jsonResponse({ jobNames: ['housekeepingJob', 'nightlyEnrichmentJob'] }),
    'GET /api/v1/admin/jobs': () =>
      jsonResponse({
        items: [
          buildJobRun({ id: 31, tenantId: 11, tenantName: 'Initech' }),
          buildJobRun({ id: 30, tenantId: null, tenantName: null, jobName: 'housekeepingJob' }),
        ],
        nextCursor: null,
      }),
    ...extra,
  };
}

describe('platform jobs on the admin page', () => {
  it('starts a platform job after a confirmation and links the started run', async () => {
    const fetchMock = mockApi(
      adminRoutes({
        'POST /api/v1/admin/jobs': () => jsonResponse({ id: 77, status: 'QUEUED', created: true }, { status: 202 }),
      }),
    );
    const { user } = await renderApp('/admin', platformAdmin);

    await user.click(await screen.findByRole('button', { name: 'Run housekeeping now' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Run housekeeping now?' });
    expect(dialog).toHaveTextContent('expired sessions');
    expect(requestsOf(fetchMock).filter(({ method }) => method === 'POST')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Run now' }));

    expect(await screen.findByText('Housekeeping started')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'run #77' })).toHaveAttribute('href', '/admin/jobs/77');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const post = requestsOf(fetchMock).find(({ method }) => method === 'POST')!;
    expect(await post.request.json()).toEqual({ jobName: 'housekeepingJob' });
    expect(post.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts nothing when the confirmation is cancelled, and shows a refusal in the dialog', async () => {
    const fetchMock = mockApi(
      adminRoutes({
        'POST /api/v1/admin/jobs': () =>
          leadlineProblem('unknown-job', 422, { title: 'Unknown job', detail: 'No such platform job.' }),
      }),
    );
    const { user } = await renderApp('/admin', platformAdmin);

    await user.click(await screen.findByRole('button', { name: 'Run nightly enrichment now' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(requestsOf(fetchMock).filter(({ method }) => method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Run nightly enrichment now' }));
    await user.click(screen.getByRole('button', { name: 'Run now' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Run nightly enrichment now?' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('No such platform job.');
  });

  it('names each run’s tenant', async () => {
    mockApi(adminRoutes());
    await renderApp('/admin', platformAdmin);

    const runs = await screen.findByRole('table', { name: 'Platform runs' });
    const [, tenantRun, platformRun] = within(runs).getAllByRole('row');
    expect(tenantRun).toHaveTextContent('Initech ·');
    expect(tenantRun).not.toHaveTextContent('Tenant #11');
    expect(platformRun).toHaveTextContent('Platform ·');
  });
});
