import type { APIRequestContext } from '@playwright/test';

import { expectAccessible } from './accessibility';
import { adminCredentials, LOGIN_PATH, signIn } from './auth';
import { expect, test } from './fixtures';

async function bearer(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/** Imports a small CSV through the API with the suggested mapping; the domain is new on every run. */
async function importPeople(request: APIRequestContext, domain: string) {
  const headers = await bearer(request);
  const csv = [
    'Email,First Name,Last Name,Company,Title,Phone,Country,Lead source',
    `ada@${domain},Ada,Lovelace,Analytical Engines,Chief Analyst,+44 20 7123 4567,GB,Trade fair`,
    `grace@${domain},Grace,Hopper,Analytical Engines,Rear Admiral,+1 415 555 0123,US,Webinar`,
    `alan@${domain},Alan,Turing,Analytical Engines,Researcher,,GB,Referral`,
  ].join('\n');
  const upload = await request.post('/api/v1/imports', {
    headers,
    multipart: { file: { name: `people-${domain}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: number };
  const start = await request.post(`/api/v1/imports/${id}/start`, {
    headers: { ...headers, 'Idempotency-Key': `contact-page-${domain}` },
  });
  expect(start.status()).toBe(202);
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/imports/${id}`, { headers })).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('COMPLETED');
  return id;
}

test('a contact opens from its row, shows its fields and import, is edited with validation and shows the change in its history', async (
  { page, browserErrors, playwright },
  testInfo,
) => {
  test.setTimeout(120_000);
  const domain = `e2e-${Date.now()}.example`;
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const importId = await importPeople(request, domain).finally(() => request.dispose());

  await signIn(page, browserErrors);
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(page.getByText('3 contacts')).toBeVisible();
  // A click anywhere on the row (here: the title) opens the contact.
  await table.getByRole('row').filter({ hasText: 'Ada Lovelace' }).getByText('Chief Analyst').click();

  await expect(page).toHaveURL(/\/contacts\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('link', { name: `ada@${domain}` })).toBeVisible();
  await expect(details.getByRole('link', { name: 'Analytical Engines' })).toBeVisible();
  await expect(details.getByText('United Kingdom')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Source' }).getByRole('link', { name: `Import #${importId}` })).toHaveAttribute(
    'href',
    `/imports/${importId}`,
  );
  await expect(page.getByRole('region', { name: 'Enrichment' }).getByText('Not enriched yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' }).getByText('No changes recorded')).toBeVisible();
  await expectAccessible(page, 'the contact page');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('contact-1440.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('contact-390.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Ada Lovelace' });
  await dialog.getByLabel('E-mail').fill('not an address');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter an e-mail address such as ada@example.com.')).toBeVisible();
  await dialog.getByLabel('E-mail').fill(`ada@${domain}`);
  await dialog.getByLabel('Title').fill('Head of Analysis');
  await page.screenshot({ path: testInfo.outputPath('contact-edit.png') });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Head of Analysis at Analytical Engines')).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' }).getByText(/edited title/)).toBeVisible();
});

test('picked rows of a filtered set are deleted with the exact count confirmed, and the audit log shows it', async (
  { page, browserErrors, playwright },
  testInfo,
) => {
  test.setTimeout(150_000);
  const domain = `bulk-${Date.now()}.example`;
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await importPeople(request, domain).finally(() => request.dispose());

  await signIn(page, browserErrors);
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(page.getByText('3 contacts')).toBeVisible();

  await table.getByRole('checkbox', { name: 'Select Grace Hopper' }).check();
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('1 contact selected.');
  await table.getByRole('checkbox', { name: 'Select all loaded contacts' }).check();
  await expect(bar).toContainText('3 contacts selected.');
  await expectAccessible(page, 'the contacts list with a selection');
  await page.screenshot({ path: testInfo.outputPath('contacts-selected-1440.png') });

  await bar.getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete 3 selected contacts?' });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'the delete confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  // The whole filter, as a job.
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}&country=GB`);
  await expect(page.getByText('2 contacts')).toBeVisible();
  await table.getByRole('checkbox', { name: 'Select all loaded contacts' }).check();
  await bar.getByRole('button', { name: 'Delete selected' }).click();
  const all = page.getByRole('alertdialog', { name: 'Delete 2 selected contacts?' });
  await all.getByRole('button', { name: 'Delete 2 contacts' }).click();
  await expect(page.getByText('Deleted 2 contacts.')).toBeVisible();
  await expect(page.getByText('No contacts match')).toBeVisible();

  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  await expect(page.getByText('1 contact', { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('contacts-390.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByText('contact.deleted', { exact: true }).first()).toBeVisible();
});

test('all contacts matching a filter are deleted by the bulk delete job, followed to its end', async (
  { page, browserErrors, playwright },
  testInfo,
) => {
  test.setTimeout(150_000);
  const domain = `job-${Date.now()}.example`;
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await importPeople(request, domain).finally(() => request.dispose());

  await signIn(page, browserErrors);
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(page.getByText('3 contacts')).toBeVisible();
  await table.getByRole('checkbox', { name: 'Select Ada Lovelace' }).check();
  const bar = page.getByRole('region', { name: 'Selection' });
  await bar.getByRole('button', { name: 'Select all 3 matching this filter' }).click();
  await expect(bar).toContainText('All 3 contacts matching this filter are selected.');
  await bar.getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete all 3 contacts matching this filter?' });
  await confirm.getByRole('button', { name: 'Delete 3 contacts' }).click();

  await expect(page.getByText('Deleted 3 contacts.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('No contacts match')).toBeVisible();
  const jobLink = page.getByRole('link', { name: 'See the job' });
  await expect(jobLink).toHaveAttribute('href', /\/jobs\/\d+$/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByText('contact.bulk_delete_requested', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('audit-1440.png'), fullPage: true });
});
