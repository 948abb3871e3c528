import { readFile } from 'node:fs/promises';

import type { APIRequestContext, Page } from '@playwright/test';

import { adminCredentials, LOGIN_PATH, signIn } from './auth';
import { contactsCsv, MARKER_COMPANY } from './contacts-csv';
import { expect, test } from './fixtures';

/** How many contacts the browsing tests run against. */
const CONTACTS = 100_000;

/** The contacts table renders a window of rows; this many <tr> at most, wherever it is scrolled. */
const MAX_ROWS_IN_DOM = 120;

/** The row the scrolling test goes to and back from (1-based, header excluded). */
const FAR_ROW = 50_000;

test.describe.configure({ mode: 'serial' });

async function bearer(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/**
 * Loads the generated contacts through the API, as a script would: upload, start with the
 * suggested mapping, wait for COMPLETED. Skipped when a previous run already loaded them.
 */
async function loadContacts(request: APIRequestContext) {
  const headers = await bearer(request);
  const count = async (q?: string) => {
    const page = await request.get('/api/v1/contacts', { headers, params: { count: true, limit: 1, ...(q ? { q } : {}) } });
    expect(page.status()).toBe(200);
    return ((await page.json()) as { total: { value: number } }).total.value;
  };
  if ((await count(MARKER_COMPANY.domain)) === MARKER_COMPANY.contacts && (await count()) >= CONTACTS) {
    return;
  }

  const upload = await request.post('/api/v1/imports', {
    headers,
    multipart: {
      file: { name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(contactsCsv(CONTACTS), 'utf8') },
    },
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: number };

  const start = await request.post(`/api/v1/imports/${id}/start`, {
    headers: { ...headers, 'Idempotency-Key': `browse-e2e-${id}` },
  });
  expect(start.status()).toBe(202);

  await expect
    .poll(
      async () => {
        const view = await request.get(`/api/v1/imports/${id}`, { headers });
        return ((await view.json()) as { status: string }).status;
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe('COMPLETED');
  const view = await request.get(`/api/v1/imports/${id}`, { headers });
  const { counts } = (await view.json()) as { counts: { inserted: number; updated: number; rejected: number } };
  expect(counts.rejected).toBe(0);
  expect(counts.inserted + counts.updated).toBe(CONTACTS);
}

test.beforeAll(async ({ playwright }, testInfo) => {
  // Uploading and importing 100,000 rows takes some 10-20 s on a small machine.
  testInfo.setTimeout(180_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    await loadContacts(request);
  } finally {
    await request.dispose();
  }
});

function contactsTable(page: Page) {
  return page.getByRole('table', { name: 'Contacts' });
}

/** The body rows of the table (window rows, spacers and the loading row): what the DOM holds. */
function renderedRows(page: Page) {
  return contactsTable(page).locator('tbody tr');
}

/** Waits until the rows on screen belong to the current search (old ones stay, dimmed, until then). */
async function settled(page: Page) {
  await expect(contactsTable(page)).not.toHaveAttribute('aria-busy', 'true');
}

/** What a column's cells in the rendered rows say to a screen reader (avatars left out). */
async function columnTexts(page: Page, header: string): Promise<string[]> {
  const headers = await contactsTable(page).getByRole('columnheader').allTextContents();
  const column = headers.findIndex((text) => text.trim() === header);
  expect(column, `column ${header}`).toBeGreaterThanOrEqual(0);
  return contactsTable(page)
    .locator(`tbody tr[aria-rowindex] td:nth-child(${column + 1})`)
    .evaluateAll((cells) =>
      cells.map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
        return copy.textContent?.trim() ?? '';
      }),
    );
}

test('the contacts table scrolls to row 50,000 and back with a bounded number of rows in the DOM', async (
  { page, browserErrors },
  testInfo,
) => {
  // About 1.5 min on a machine that also runs two Maven builds (load 8 on 2 cores): room for twice that.
  test.setTimeout(360_000);
  await signIn(page, browserErrors);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await expect(page.getByText(/^(about )?[\d,.]+K? contacts$/)).toBeVisible();
  await expect(renderedRows(page).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('contacts.png') });

  // In the browser, so that every frame is checked: jump to the end of what is loaded until
  // the far row is loaded, then to the far row itself, then back to the top.
  const scroller = page.getByRole('region', { name: 'Contacts, scrollable' });
  const result = await scroller.evaluate(
    async (element, { target, limit }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const rowCount = () => element.querySelectorAll('tbody tr').length;
      const rowAt = (index: number) => element.querySelector<HTMLElement>(`tbody tr[aria-rowindex="${index + 1}"]`);
      let most = 0;
      const started = performance.now();
      // Row n of the data is aria-rowindex n + 1 (the header row is 1).
      while (!rowAt(target) && !element.querySelector(`tbody tr[aria-rowindex="${target + 2}"]`)) {
        if (performance.now() - started > 300_000) {
          throw new Error(`row ${target} not reached; last rendered ${element.querySelector('tbody tr:last-child')?.getAttribute('aria-rowindex')}`);
        }
        element.scrollTop = element.scrollHeight;
        await frame();
        most = Math.max(most, rowCount());
        if (most > limit) {
          throw new Error(`${most} rows in the DOM`);
        }
        // Once far enough is loaded, go straight to the target row.
        const loaded = element.querySelectorAll('tbody tr[aria-rowindex]');
        const lastIndex = Number(loaded[loaded.length - 1]?.getAttribute('aria-rowindex') ?? 0);
        if (lastIndex > target + 1) {
          break;
        }
      }
      const rowHeight = rowAt(2)?.getBoundingClientRect().height ?? 44;
      element.scrollTop = (target - 1) * rowHeight - 100;
      await frame();
      await frame();
      const far = rowAt(target);
      const box = far?.getBoundingClientRect();
      const view = element.getBoundingClientRect();
      const farVisible = Boolean(box && box.top >= view.top && box.bottom <= view.bottom);
      const farText = far?.textContent ?? '';
      const atFar = rowCount();
      const seconds = (performance.now() - started) / 1000;

      element.scrollTop = 0;
      await frame();
      await frame();
      return { most: Math.max(most, atFar), atFar, farVisible, farText, rowHeight, seconds, backAtTop: Boolean(rowAt(1)) };
    },
    { target: FAR_ROW, limit: MAX_ROWS_IN_DOM },
  );
  testInfo.annotations.push({
    type: 'scroll',
    description: `row ${FAR_ROW} reached in ${result.seconds.toFixed(1)} s; at most ${result.most} rows in the DOM (${result.atFar} there); rows ${result.rowHeight}px`,
  });
  expect(result.farVisible, `row ${FAR_ROW} is in view`).toBe(true);
  expect(result.farText).toMatch(/@[a-z0-9]+\.[a-z.]+/);
  expect(result.most).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  expect(result.backAtTop).toBe(true);
  expect(await renderedRows(page).count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  await expect(contactsTable(page).locator('tbody tr[aria-rowindex="2"]')).toBeInViewport();
});

test('search narrows the contacts, a filter chip applies and comes off, a row opens its company', async (
  { page, browserErrors },
  testInfo,
) => {
  await signIn(page, browserErrors);
  await page.goto('/contacts');
  const total = page.getByText(/^(about )?[\d,.]+K? contacts?$/);
  await expect(total).toBeVisible();

  // The search runs once typing pauses, and goes into the URL.
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('zephyr');
  await expect(page).toHaveURL(/[?&]q=zephyr/);
  await expect(page.getByText(`${MARKER_COMPANY.contacts} contacts`, { exact: true })).toBeVisible();
  // Every row is the marker company's (the table renders those in view: the row count says all).
  await expect(contactsTable(page)).toHaveAttribute('aria-rowcount', String(MARKER_COMPANY.contacts + 1));
  await settled(page);
  expect(new Set(await columnTexts(page, 'Company'))).toEqual(new Set([MARKER_COMPANY.name]));

  // A country filter shows as a chip and narrows further; clicking the chip removes it.
  await page.getByRole('combobox', { name: 'Add a country filter' }).selectOption('DE');
  const chip = page.getByRole('button', { name: 'Remove filter: Country: Germany' });
  await expect(chip).toBeVisible();
  await expect(page).toHaveURL(/[?&]country=/);
  await expect(total).not.toHaveText(`${MARKER_COMPANY.contacts} contacts`);
  await settled(page);
  const countries = await columnTexts(page, 'Country');
  expect(countries.length).toBeGreaterThan(0);
  expect(countries.length).toBeLessThan(MARKER_COMPANY.contacts);
  expect(new Set(countries)).toEqual(new Set(['DE']));
  await page.screenshot({ path: testInfo.outputPath('contacts-filtered.png') });
  await chip.click();
  await expect(chip).toHaveCount(0);
  await expect(page.getByText(`${MARKER_COMPANY.contacts} contacts`, { exact: true })).toBeVisible();

  // Sorting by name from the header, then the other way round.
  const nameHeader = contactsTable(page).getByRole('columnheader', { name: 'Name' });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sort=name/);
  await settled(page);
  const ascending = await columnTexts(page, 'Name');
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

  // A filter that excludes everything says so.
  await page.getByRole('combobox', { name: 'Created' }).selectOption('7');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('no-such-contact-anywhere');
  await expect(page.getByRole('heading', { name: 'No contacts match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search contacts' })).toHaveValue('');
  await expect(total).toBeVisible();

  // A company link in a row opens that company with its contacts.
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('zephyr');
  await expect(page.getByText(`${MARKER_COMPANY.contacts} contacts`, { exact: true })).toBeVisible();
  await contactsTable(page).getByRole('link', { name: MARKER_COMPANY.name }).first().click();
  await expect(page).toHaveURL(/\/companies\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: MARKER_COMPANY.name })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.locator('dt:text-is("Contacts") + dd')).toHaveText(String(MARKER_COMPANY.contacts));
  const companyContacts = page.getByRole('region', { name: 'Contacts', exact: true });
  await expect(companyContacts.getByText(`${MARKER_COMPANY.contacts} contacts`, { exact: true })).toBeVisible();
  await expect(companyContacts.getByRole('table', { name: 'Contacts' })).toHaveAttribute(
    'aria-rowcount',
    String(MARKER_COMPANY.contacts + 1),
  );
  await page.screenshot({ path: testInfo.outputPath('company-detail.png'), fullPage: true });

  // Its export holds exactly its contacts.
  const download = page.waitForEvent('download');
  await companyContacts.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(MARKER_COMPANY.contacts + 1);
  expect(lines.slice(1).every((line) => line.includes(`@${MARKER_COMPANY.domain}`))).toBe(true);
});

test('the companies page searches companies and opens one', async ({ page, browserErrors }, testInfo) => {
  await signIn(page, browserErrors);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Companies' });
  await expect(table.locator('tbody tr[aria-rowindex]').first()).toBeVisible();
  await expect(page.getByText(/^[\d,]+ companies$/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('companies.png') });

  await page.getByRole('searchbox', { name: 'Search companies' }).fill('zephyrquantum');
  await expect(page.getByText('1 company', { exact: true })).toBeVisible();
  const row = table.locator('tbody tr[aria-rowindex]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(MARKER_COMPANY.domain);
  await expect(row).toContainText(String(MARKER_COMPANY.contacts));
  await row.getByRole('link', { name: MARKER_COMPANY.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: MARKER_COMPANY.name })).toBeVisible();
  await page.getByRole('link', { name: 'All companies' }).click();
  await expect(page).toHaveURL(/\/companies$/);
});

test('the overview charts contacts, imports, jobs and completeness', async ({ page, browserErrors }, testInfo) => {
  await signIn(page, browserErrors);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const totals = page.getByRole('region', { name: 'Totals' });
  const contacts = Number((await totals.locator('dt:text-is("Contacts") + dd > span').first().textContent())?.replace(/\D/g, ''));
  expect(contacts).toBeGreaterThanOrEqual(CONTACTS);
  for (const name of ['Contacts and companies created', 'Imports', 'Job outcomes', 'Data completeness']) {
    const panel = page.getByRole('region', { name, exact: true });
    await expect(panel.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
    await expect(panel.locator('figcaption')).not.toBeEmpty();
  }
  await expect(page.getByRole('region', { name: 'Imports', exact: true }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('overview-charts.png'), fullPage: true });
});
