import { apiSession, importCsv, topUp } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/**
 * Contacts in a country no other spec imports (Luxembourg), so that a country filter selects
 * exactly these. Each has a title and a phone: the e2e app's MX lookups go to a loopback port
 * nobody answers on (scripts/test), so the e-mail check ends as dns-unavailable and the title
 * and phone alone make every item FOUND, and charged.
 */
const COUNTRY = 'LU';
const CONTACTS = [
  'lena.weber@moselledata.lu,Lena,Weber,Chief Financial Officer,+352 621 123 456',
  'marc.schmit@moselledata.lu,Marc,Schmit,VP Sales,+352 621 234 567',
  'julie.muller@moselledata.lu,Julie,Muller,Head of Marketing,+352 621 345 678',
  'tom.wagner@moselledata.lu,Tom,Wagner,Senior Software Engineer,+352 621 456 789',
].map((line) => {
  const [email, firstName, lastName, title, phone] = line.split(',');
  return [email, firstName, lastName, 'Moselle Data', 'moselledata.lu', title, phone, 'Luxembourg', COUNTRY].join(',');
});

/** Credits a platform admin tops the tenant up with before the run. */
const TOP_UP = 100;

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(90_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const admin = await apiSession(request);
    // Through the API, as a script would; a rerun updates the same contacts.
    await importCsv(
      request,
      admin,
      'luxembourg.csv',
      ['Email,First Name,Last Name,Company,Website,Job Title,Phone,City,Country', ...CONTACTS].join('\n'),
    );
    await topUp(request, admin, TOP_UP, 'e2e enrichment');
  } finally {
    await request.dispose();
  }
});

test('a Person run is estimated, confirmed and followed to the end; the credits page shows its charge', async (
  { page, browserErrors },
  testInfo,
) => {
  test.setTimeout(90_000);
  await signIn(page, browserErrors);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Enrichment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enrichment' })).toBeVisible();

  const form = page.getByRole('form', { name: 'New enrichment run' });
  await form.getByLabel('Stage').selectOption('person');
  await form.getByRole('radio', { name: 'Contacts matching a filter' }).check();
  await form.getByLabel('Countries').fill(COUNTRY);
  // A rerun on the same database finds these contacts fresh; force enriches them again.
  await form.getByRole('checkbox', { name: /^Force/ }).check();
  await form.getByRole('button', { name: 'Estimate' }).click();

  const estimate = form.getByRole('region', { name: 'Estimate' });
  await expect(estimate.locator('dt:text-is("Selected") + dd')).toHaveText(String(CONTACTS.length));
  await expect(estimate.locator('dt:text-is("To enrich") + dd')).toHaveText(String(CONTACTS.length));
  await expect(estimate.locator('dt:text-is("Max credits") + dd')).toHaveText(String(CONTACTS.length));
  await expect(estimate).toContainText('Covered by the available credits.');
  await page.screenshot({ path: testInfo.outputPath('enrichment-estimate.png'), fullPage: true });

  await form.getByRole('button', { name: 'Start run' }).click();
  const started = form.getByRole('link', { name: /^Follow run #\d+$/ });
  await expect(started).toBeVisible();
  const runId = Number((await started.textContent())?.replace(/\D/g, ''));
  await started.click();

  await expect(page).toHaveURL(new RegExp(`/enrichment/runs/${runId}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Enrichment run #${runId}` })).toBeVisible();
  const run = page.getByRole('region', { name: 'Run', exact: true });
  // The page asks again every 2 s while the run works; it ends COMPLETED on its own.
  await expect(run.getByText('COMPLETED', { exact: true })).toBeVisible({ timeout: 60_000 });
  const items = run.getByRole('region', { name: 'Items' });
  await expect(items.locator('dt:text-is("Selected") + dd')).toHaveText(String(CONTACTS.length));
  await expect(items.locator('dt:text-is("Found") + dd')).toHaveText(String(CONTACTS.length));
  await expect(items.locator('dt:text-is("Not found") + dd')).toHaveText('0');
  await expect(items.locator('dt:text-is("Failed") + dd')).toHaveText('0');
  await expect(items.locator('dt:text-is("Pending") + dd')).toHaveText('0');
  const credits = run.getByRole('region', { name: 'Credits' });
  await expect(credits.locator('dt:text-is("Held") + dd')).toHaveText(String(CONTACTS.length));
  await expect(credits.locator('dt:text-is("Charged") + dd')).toHaveText(String(CONTACTS.length));
  await expect(credits.locator('dt:text-is("Released") + dd')).toHaveText('0');
  // The item results hold the last chunk too: every contact found, with its enriched fields.
  const results = page.getByRole('table', { name: 'Items' });
  await expect(results.locator('tbody tr')).toHaveCount(CONTACTS.length);
  await expect(results.getByRole('row').filter({ hasText: 'Lena Weber' })).toContainText('seniority: C_LEVEL');
  await expect(results.getByRole('row').filter({ hasText: 'found' })).toHaveCount(CONTACTS.length);
  await page.screenshot({ path: testInfo.outputPath('enrichment-run.png'), fullPage: true });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Credits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Credits' })).toBeVisible();
  const ledger = page.getByRole('table', { name: 'Ledger' });
  const charge = ledger.getByRole('row').filter({ hasText: `Run #${runId}` }).filter({ hasText: /^charge/ });
  await expect(charge).toHaveCount(1);
  await expect(charge.getByRole('cell').nth(1)).toHaveText(String(CONTACTS.length));
  await expect(charge).toContainText('person');
  await page.screenshot({ path: testInfo.outputPath('credits.png'), fullPage: true });
});
