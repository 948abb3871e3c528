import { readFile } from 'node:fs/promises';

import { expectAccessible } from './accessibility';
import { apiSession, importCsv } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/**
 * Companies picked on the Companies page: exported as CSV, then deleted after a confirmation
 * naming the count; their contacts stay, without a company.
 */
const RUN = `${Date.now()}`;
const COMPANIES = [
  { name: `Selkie Works ${RUN}`, domain: `selkie-${RUN}.example` },
  { name: `Selkie Yards ${RUN}`, domain: `selkie-yards-${RUN}.example` },
];
/** Deleted all at once, by the filter that finds them. */
const KELPIES = [1, 2, 3].map((i) => ({ name: `Kelpie${RUN} ${i}`, domain: `kelpie-${i}-${RUN}.example` }));

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(90_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const csv = [
      'Email,First Name,Company,Website',
      ...[...COMPANIES, ...KELPIES].map(({ name, domain }, i) => `person${i}@${domain},Person ${i},${name},${domain}`),
    ].join('\n');
    await importCsv(request, await apiSession(request), `selkie-${RUN}.csv`, csv);
  } finally {
    await request.dispose();
  }
});

test('picked companies are exported, then deleted with their contacts kept', async ({
  page,
  browserErrors,
  request,
}) => {
  await signIn(page, browserErrors);
  await page.goto(`/companies?q=${encodeURIComponent(RUN)}`);
  const table = page.getByRole('table', { name: 'Companies' });
  for (const { name } of COMPANIES) {
    await table.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('2 companies selected.');

  const download = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Export' }).click();
  const csv = (await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^Company,Company Domain,/);
  expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(COMPANIES.map(({ name }) => name).sort());

  await bar.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 2 selected companies?' });
  await expect(confirm).toContainText('Their contacts are kept, unlinked from the company.');
  await expectAccessible(page, 'the companies delete confirmation');
  await confirm.getByRole('button', { name: 'Delete 2 companies' }).click();
  const done = page.getByRole('dialog', { name: 'Deleted 2 companies.' });
  await expect(done).toContainText('2 contacts were kept, now without a company.');
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(table.getByRole('row', { name: new RegExp(COMPANIES[0]!.name) })).toHaveCount(0);

  const { headers } = await apiSession(request);
  for (const { domain } of COMPANIES) {
    const contacts = await request.get('/api/v1/contacts', { headers, params: { q: domain } });
    const items = ((await contacts.json()) as { items: { company: unknown }[] }).items;
    expect(items.map(({ company }) => company)).toEqual([null]);
  }
});

test('all companies matching a search are deleted by a background job, their contacts kept', async (
  { page, browserErrors, request },
  testInfo,
) => {
  await signIn(page, browserErrors);
  await page.goto(`/companies?q=${encodeURIComponent(`Kelpie${RUN}`)}`);
  const table = page.getByRole('table', { name: 'Companies' });
  await expect(table.getByRole('row', { name: new RegExp(KELPIES[0]!.name) })).toBeVisible();
  await table.getByRole('checkbox', { name: `Select ${KELPIES[0]!.name}` }).check();
  const bar = page.getByRole('region', { name: 'Selection' });
  const matching = KELPIES.length;
  await bar.getByRole('button', { name: `Select all ${matching} matching this filter` }).click();
  await expect(bar).toContainText(`All ${matching} companies matching this filter are selected.`);
  await bar.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete all ${matching} companies matching this filter?` });
  await expect(confirm).toContainText('Their contacts are kept, unlinked from the company.');
  await confirm.getByRole('button', { name: `Delete ${matching} companies` }).click();

  const done = page.getByRole('dialog', { name: `Deleted ${matching} companies.` });
  await expect(done).toContainText('Their contacts were kept, now without a company.', { timeout: 60_000 });
  await expect(done.getByRole('link', { name: /job/ })).toHaveAttribute('href', /\/jobs\/\d+$/);
  await page.screenshot({ path: testInfo.outputPath('companies-bulk-deleted-1440.png') });
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('No companies match')).toBeVisible();

  const { headers } = await apiSession(request);
  for (const { domain } of KELPIES) {
    const contacts = await request.get('/api/v1/contacts', { headers, params: { q: domain } });
    const items = ((await contacts.json()) as { items: { company: unknown }[] }).items;
    expect(items.map(({ company }) => company)).toEqual([null]);
  }
});
