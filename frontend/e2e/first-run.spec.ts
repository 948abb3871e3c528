import { readFile } from 'node:fs/promises';

import { expectAccessible } from './accessibility';
import { adminCredentials, LOGIN_PATH, signIn } from './auth';
import { expect, test } from './fixtures';

/** A new tenant (no contacts) with its first owner, made through the admin API. */
async function newTenant(request: import('@playwright/test').APIRequestContext) {
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const slug = `first-run-${Date.now()}`;
  const owner = { email: `owner@${slug}.test`, password: 'a-long-first-run-password' };
  const created = await request.post('/api/v1/admin/tenants', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { slug, name: 'Erste Schritte GmbH', ownerEmail: owner.email, ownerDisplayName: 'Frieda', ownerPassword: owner.password },
  });
  expect(created.status(), await created.text()).toBe(201);
  return owner;
}

test('a new tenant is led from the empty overview to its first import, with the sample CSV', async (
  { page, browserErrors, request },
  testInfo,
) => {
  test.setTimeout(90_000);
  const owner = await newTenant(request);
  await signIn(page, browserErrors, owner);

  const start = page.getByRole('region', { name: 'Import your first file' });
  await expect(start).toContainText('Erste Schritte GmbH has no contacts yet');
  await expect(page.getByRole('region', { name: 'Totals' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'System status' })).toHaveCount(0);
  await expectAccessible(page, 'the first-run overview');
  await page.screenshot({ path: testInfo.outputPath('first-run.png'), fullPage: true });

  // The sample comes from the dashboard's own files.
  const download = page.waitForEvent('download');
  await start.getByRole('link', { name: 'Download a sample CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('sample-contacts.csv');
  const samplePath = await file.path();
  const csv = await readFile(samplePath, 'utf8');
  expect(csv.trimEnd().split('\n')).toHaveLength(21);
  expect(csv).toContain('Zoë,Müller');

  // ... and imports as it is.
  await start.getByRole('link', { name: 'Import your first file' }).click();
  await expect(page).toHaveURL(/\/imports$/);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('group', { name: 'Upload a CSV file' }).getByRole('button', { name: 'Choose a file' }).click();
  await (await chooser).setFiles({ name: 'sample-contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  await expect(page.getByRole('combobox', { name: 'Import “Email” as' })).toHaveValue('EMAIL');
  await page.getByRole('button', { name: 'Start import' }).click();
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result.locator('dt:text-is("Inserted") + dd')).toHaveText('20');

  // The overview now shows the figures instead of the first steps.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Totals' })).toContainText('20');
  await expect(page.getByRole('region', { name: 'Import your first file' })).toHaveCount(0);

  // Phones read the way their country writes them; the filters are a readable address.
  await page.goto('/contacts?country=GB&q=harbourline');
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table.getByText('+44 20 7946 0018')).toBeVisible();
  await expect(table.getByText('Priya Raman')).toBeVisible();
  await expect(page.getByText('2 contacts', { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Add a country filter' }).selectOption('US');
  await expect(page).toHaveURL(/country=US/);
  const address = new URL(page.url());
  expect(address.searchParams.getAll('country')).toEqual(['GB', 'US']);
  expect(address.searchParams.get('q')).toBe('harbourline');
  expect(address.search).not.toMatch(/%5B|%22/);

  // Columns: hide one; it stays hidden after a reload, for this user.
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('group', { name: 'Show columns' }).getByRole('checkbox', { name: 'Seniority' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Seniority' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(table.getByText('Priya Raman')).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Phone' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Seniority' })).toHaveCount(0);
  await expectAccessible(page, 'the contacts table with a column hidden');

  // Companies: pick two, make their dossiers after a confirmation naming the count.
  await page.goto('/companies');
  const companies = page.getByRole('table', { name: 'Companies' });
  await companies.getByRole('checkbox', { name: 'Select Fjordlys ApS' }).check();
  await companies.getByRole('checkbox', { name: 'Select Tulpenveld B.V.' }).check();
  const bar = page.getByRole('region', { name: 'Selection' });
  await expect(bar).toContainText('2 companies selected.');
  await bar.getByRole('button', { name: 'Dossiers' }).click();
  const confirm = page.getByRole('dialog', { name: 'Make dossiers of 2 selected companies?' });
  await expectAccessible(page, 'the companies dossiers confirmation');
  await confirm.getByRole('button', { name: 'Start 2 dossiers' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Report #\d+$/ })).toBeVisible();
});
