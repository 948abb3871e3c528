import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { apiSession, importCsv } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/**
 * Companies whose domains share a word no other spec uses, so that a search selects exactly
 * these; their names need the Greek, Cyrillic and CJK fonts of the dossiers.
 */
const QUERY = 'nordlys';
const COMPANIES = [
  { name: 'Geysir Analytics', domain: 'geysir-nordlys.is', contact: 'Sigrún,Jónsdóttir,Chief Executive Officer' },
  { name: 'Ωκεανός Δεδομένα', domain: 'okeanos-nordlys.is', contact: 'Ελένη,Παπαδοπούλου,Director of Sales' },
  { name: 'Северный Свет', domain: 'severny-nordlys.is', contact: 'Дмитрий,Иванов,VP Engineering' },
  { name: '株式会社オーロラ', domain: 'aurora-nordlys.is', contact: '渡邊,髙橋,Head of Marketing' },
];

test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(90_000);
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const csv = [
      'Email,First Name,Last Name,Job Title,Company,Website',
      ...COMPANIES.map(({ name, domain, contact }) => {
        const [first, last, title] = contact.split(',');
        return [`info@${domain}`, first, last, title, name, domain].join(',');
      }),
    ].join('\n');
    await importCsv(request, await apiSession(request), 'nordlys.csv', csv);
  } finally {
    await request.dispose();
  }
});

/** Waits for the report page to say COMPLETED (it asks again every 2 s) and returns its id. */
async function followReport(page: Page, files: number) {
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  const reportId = Number(new URL(page.url()).pathname.split('/').pop());
  await expect(page.getByRole('heading', { level: 1, name: `Report #${reportId}` })).toBeVisible();
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress.getByText('COMPLETED', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(progress).toContainText(`${files} of ${files} dossiers ready`);
  await expect(page.getByRole('table', { name: 'Files of the report' }).locator('tbody tr')).toHaveCount(files);
  return reportId;
}

test('a dossier of one company from its page, downloaded as a PDF', async ({ page, browserErrors }, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page, browserErrors);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await page.getByRole('searchbox', { name: 'Search companies' }).fill('okeanos-nordlys');
  await expect(page.getByText('1 company', { exact: true })).toBeVisible();
  const row = page.getByRole('table', { name: 'Companies' }).locator('tbody tr[aria-rowindex]');
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: 'Ωκεανός Δεδομένα' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ωκεανός Δεδομένα' })).toBeVisible();

  await page.getByRole('button', { name: 'Dossier' }).click();
  await followReport(page, 1);
  await page.screenshot({ path: testInfo.outputPath('report-one-dossier.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF of Ωκεανός Δεδομένα' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('a report of the companies a search selects, followed to the end and downloaded as a ZIP', async (
  { page, browserErrors },
  testInfo,
) => {
  test.setTimeout(90_000);
  await signIn(page, browserErrors);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  // The branding the dossiers of this report are printed with.
  const branding = page.getByRole('form', { name: 'Branding' });
  await branding.getByLabel('Name on the dossiers').fill('Nordlys Sales');
  await branding.getByRole('button', { name: 'Save branding' }).click();
  await expect(branding.getByRole('status')).toHaveText('Branding saved.');

  const form = page.getByRole('form', { name: 'New report' });
  await form.getByLabel('Name or domain contains').fill(QUERY);
  await page.screenshot({ path: testInfo.outputPath('reports-page.png'), fullPage: true });
  await form.getByRole('button', { name: 'Create dossiers' }).click();

  const reportId = await followReport(page, COMPANIES.length);
  const files = page.getByRole('table', { name: 'Files of the report' });
  for (const { name } of COMPANIES) {
    await expect(files.getByRole('row').filter({ hasText: name })).toContainText('complete');
  }
  await page.screenshot({ path: testInfo.outputPath('report-detail.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download all (${COMPANIES.length})` }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const bytes = await readFile((await zip.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // One local file header per dossier.
  expect(bytes.toString('latin1').split('PK\u0003\u0004').length - 1).toBe(COMPANIES.length);

  await page.getByRole('link', { name: 'All reports' }).click();
  const row = page.getByRole('table', { name: 'Reports' }).getByRole('row').filter({ hasText: `#${reportId}` });
  await expect(row).toContainText('COMPLETED');
  await page.screenshot({ path: testInfo.outputPath('reports-list.png'), fullPage: true });
});
