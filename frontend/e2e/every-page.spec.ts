import type { APIRequestContext, Page } from '@playwright/test';

import { expectAccessible } from './accessibility';
import { apiSession, importCsv, topUp, type ApiSession } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/** The widths every page is checked and photographed at: a laptop and a phone. */
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

type Items = { items: { id: number }[] };

async function firstId(request: APIRequestContext, { headers }: ApiSession, path: string): Promise<number> {
  const response = await request.get(path, { headers, params: { limit: 1 } });
  expect(response.status(), path).toBe(200);
  const { items } = (await response.json()) as Items;
  expect(items.length, `${path} lists something`).toBeGreaterThan(0);
  return items[0]!.id;
}

async function started(response: Awaited<ReturnType<APIRequestContext['post']>>, what: string): Promise<number> {
  expect(response.status(), `${what}: ${await response.text()}`).toBe(202);
  return ((await response.json()) as { id: number }).id;
}

/** Waits until the page shows its data: no table busy, no skeleton announcing that it loads. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

/**
 * Every page of the dashboard, with data in it, at 1440 px and at 390 px: no serious or critical
 * axe-core violation on any, and a full-page screenshot of each kept in the test's output
 * (frontend/test-results/every-page-*).
 */
test('every page passes axe-core at 1440 px and 390 px, and is photographed at both', async (
  { page, request, browserErrors },
  testInfo,
) => {
  test.setTimeout(300_000);
  const session = await apiSession(request);
  const stamp = Date.now();
  await importCsv(
    request,
    session,
    `every-page-${stamp}.csv`,
    [
      'Email,First name,Last name,Job title,Company,Website,Phone,Country,Lead source',
      `ana.${stamp}@nordlicht.example,Ana,Lima,Head of Sales,Nordlicht AG,nordlicht.example,+49 30 1234567,DE,Fair`,
      `ben.${stamp}@nordlicht.example,Ben,Okafor,CTO,Nordlicht AG,nordlicht.example,,DE,Web`,
      `cleo.${stamp}@harbour.example,Cleo,Park,Buyer,Harbour Ltd,harbour.example,+44 20 7946 0958,GB,`,
    ].join('\n'),
  );
  await topUp(request, session, 100, 'every-page e2e');
  const { headers } = session;
  const importId = await firstId(request, session, '/api/v1/imports');
  const contactId = await firstId(request, session, '/api/v1/contacts');
  const companyId = await firstId(request, session, '/api/v1/companies');
  const enrichmentRunId = await started(
    await request.post('/api/v1/enrichment/runs', {
      headers: { ...headers, 'Idempotency-Key': `every-page-person-${stamp}` },
      data: { stage: 'person', filter: { importId }, force: true },
    }),
    'a Person run',
  );
  const reportId = await started(
    await request.post('/api/v1/reports', {
      headers: { ...headers, 'Idempotency-Key': `every-page-report-${stamp}` },
      data: { ids: [companyId] },
    }),
    'a report',
  );
  const platformRunId = await started(
    await request.post('/api/v1/admin/jobs', { headers, data: { jobName: 'housekeepingJob' } }),
    'housekeeping',
  );
  const jobRunId = await firstId(request, session, '/api/v1/jobs');

  const pages: [name: string, url: string][] = [
    ['overview', '/'],
    ['contacts', '/contacts'],
    ['contact', `/contacts/${contactId}`],
    ['companies', '/companies'],
    ['company', `/companies/${companyId}`],
    ['imports', '/imports'],
    ['import', `/imports/${importId}`],
    ['jobs', '/jobs'],
    ['job-run', `/jobs/${jobRunId}`],
    ['enrichment', '/enrichment'],
    ['enrichment-run', `/enrichment/runs/${enrichmentRunId}`],
    ['reports', '/reports'],
    ['report', `/reports/${reportId}`],
    ['credits', '/credits'],
    ['users', '/users'],
    ['audit', '/audit'],
    ['admin', '/admin'],
    ['platform-run', `/admin/jobs/${platformRunId}`],
    ['not-found', '/no-such-page'],
  ];

  await signIn(page, browserErrors);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const [name, url] of pages) {
      await page.goto(url);
      await settled(page);
      await expectAccessible(page, `the ${name} page at ${viewport.width} px`, { soft: true });
      await page.screenshot({ path: testInfo.outputPath(`${name}-${viewport.width}.png`), fullPage: true });
    }
  }
});
