import { readFile } from 'node:fs/promises';

import { expectAccessible } from './accessibility';
import { apiSession } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/**
 * A German export as a trade-fair scanner writes it: semicolons, local phone numbers, one
 * address that is not one. The addresses are new on every run, so a rerun against the same
 * database inserts again instead of updating.
 */
function tradeFairCsv(stamp: number) {
  const people = [
    ['anna', 'Anna', 'Schmidt', 'Acme GmbH', '030 1234567', 'Berlin', 'Stand 4'],
    ['bernd', 'Bernd', 'Maier', 'Beta AG', '0171 2345678', 'Hamburg', ''],
    ['carla', 'Carla', 'Meyer', 'Acme GmbH', '089 123456', 'München', 'Rückruf'],
    ['dora', 'Dora', 'Wagner', 'Gamma KG', '040 987654', 'Hamburg', ''],
    ['emil', 'Emil', 'Becker', 'Delta SE', '0221 555123', 'Köln', 'VIP'],
  ];
  const rows = people.map(([name, ...rest]) => [`${name}.${stamp}@example.com`, ...rest]);
  rows.splice(2, 0, [`kein-gueltiges-postfach-${stamp}`, 'Xaver', 'Huber', 'Beta AG', '', 'Bonn', '']);
  return ['E-Mail;Vorname;Nachname;Firma;Telefon;Stadt;Notiz', ...rows.map((row) => row.join(';'))]
    .join('\n')
    .concat('\n');
}

test('an admin uploads a CSV, adjusts the mapping, imports it and downloads the rejected row', async (
  { page, browserErrors },
  testInfo,
) => {
  test.setTimeout(60_000);
  const stamp = Date.now();
  const fileName = `messe-${stamp}.csv`;

  await signIn(page, browserErrors);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
  await expect(page).toHaveURL(/\/imports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  const dropZone = page.getByRole('group', { name: 'Upload a CSV file' });
  await expect(dropZone).toContainText('Drag a CSV file here');
  await page.screenshot({ path: testInfo.outputPath('imports-upload.png'), fullPage: true });

  // The button opens the browser's file chooser, as it would for a keyboard user.
  const chooser = page.waitForEvent('filechooser');
  await dropZone.getByRole('button', { name: 'Choose a file' }).click();
  await (await chooser).setFiles({
    name: fileName,
    mimeType: 'text/csv',
    buffer: Buffer.from(tradeFairCsv(stamp), 'utf8'),
  });

  // The new import opens with what was detected.
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: fileName })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Delimiter' })).toHaveValue(';');
  await expect(page.getByText('Detected: Semicolon (;)')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Encoding' })).toHaveValue('UTF-8');
  await expect(page.getByRole('combobox', { name: 'Import “E-Mail” as' })).toHaveValue('EMAIL');
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByRole('meter', { name: 'Confidence for “E-Mail”' })).toBeVisible();

  // The note stays behind; the city is kept as a custom attribute under another name.
  await page.getByRole('combobox', { name: 'Import “Notiz” as' }).selectOption('IGNORE');
  await page.getByRole('combobox', { name: 'Import “Stadt” as' }).selectOption('CUSTOM');
  await page.getByRole('textbox', { name: 'Attribute name for “Stadt”' }).fill('Standort');
  await page.getByRole('textbox', { name: 'Default country for phone numbers' }).fill('de');
  await expect(page.getByRole('textbox', { name: 'Default country for phone numbers' })).toHaveValue('DE');

  // The foot of the page sums up the first rows while the mapping is being made.
  await expect(page.getByText('Of the first 6 rows: 5 ready, 1 rejected.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('imports-mapping.png'), fullPage: true });

  // The review step shows the rows as they will be stored: phones in E.164, the bad address rejected.
  await page.getByRole('button', { name: 'Next: review rows' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Import steps' }).getByRole('button', { name: /Review rows/ }),
  ).toHaveAttribute('aria-current', 'step');
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('cell', { name: '+49301234567', exact: true })).toBeVisible();
  await expect(preview.getByRole('columnheader', { name: 'Standort' })).toBeVisible();
  await expect(preview.getByRole('columnheader', { name: 'Notiz' })).toHaveCount(0);
  const rejectedRow = preview.getByRole('row').filter({ hasText: `kein-gueltiges-postfach-${stamp}` });
  await expect(rejectedRow.getByText('Rejected', { exact: true })).toBeVisible();
  await expect(rejectedRow).toContainText('not a valid e-mail address');
  await expect(page.getByText('1 would be rejected')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('imports-review.png'), fullPage: true });

  await page.getByRole('button', { name: 'Start import' }).click();

  // Live progress, then the counts: 5 new contacts and 1 rejected row make the 6 rows.
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result).toBeVisible({ timeout: 30_000 });
  const tile = (label: string) => result.locator(`dt:text-is("${label}") + dd`);
  await expect(tile('Rows read')).toHaveText('6');
  await expect(tile('Inserted')).toHaveText('5');
  await expect(tile('Updated')).toHaveText('0');
  await expect(tile('Duplicates merged')).toHaveText('0');
  await expect(tile('Rejected')).toHaveText('1');
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress.getByText('COMPLETED', { exact: true })).toBeVisible();
  await expect(progress.getByText('Import completed')).toBeVisible();
  await expect(progress.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(progress.getByRole('link', { name: /^Run #\d+$/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('imports-completed.png'), fullPage: true });

  // The rejected row comes back as a CSV to fix and upload again.
  const download = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Download rejected rows', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^import-\d+-rejected\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toContain(`kein-gueltiges-postfach-${stamp}`);
  expect(csv).toContain('not a valid e-mail address');
  expect(csv).not.toContain(`anna.${stamp}@example.com`);

  // The list of past imports has it, finished.
  await page.getByRole('link', { name: 'All imports' }).click();
  const listed = page
    .getByRole('table', { name: 'Past imports' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: fileName }) });
  await expect(listed.getByText('COMPLETED', { exact: true })).toBeVisible();
  await expect(listed).toContainText('5 new');
  await expect(listed).toContainText('1 rejected');

  // Its contacts are one click away, and only its contacts.
  await listed.getByRole('link', { name: fileName }).click();
  await expect(page.getByRole('region', { name: 'Mapping used' })).toContainText('Attribute “Standort”');
  await page.getByRole('link', { name: 'View the 5 contacts it created' }).click();
  await expect(page).toHaveURL(/\/contacts\?importId=\d+$/);
  await expect(page.getByText(/Created by import #\d+/)).toBeVisible();
  await expect(page.getByText(/^5 contacts?$/)).toBeVisible();
});

test('a large import shows its pace and time left, and stops on request', async (
  { page, browserErrors, request },
  testInfo,
) => {
  test.setTimeout(120_000);
  const session = await apiSession(request);
  const stamp = Date.now();
  // Large enough that the run is still going when Stop is clicked, even on a fast machine.
  const ROWS = 400_000;
  const rows = Array.from({ length: ROWS }, (_, i) => `pace-${stamp}-${i}@example.com,Person ${i},Pace ${i % 97}`);
  const upload = await request.post('/api/v1/imports', {
    headers: session.headers,
    multipart: {
      file: {
        name: `pace-${stamp}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(['Email,First name,Company', ...rows].join('\n'), 'utf8'),
      },
    },
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: number };

  await signIn(page, browserErrors);
  await page.goto(`/imports/${id}`);
  await page.getByRole('button', { name: 'Start import' }).click();

  const progress = page.getByRole('region', { name: 'Progress' });
  // Rows read per second while the file is read, contacts written per second in the second phase.
  await expect(progress.getByTestId('import-rate')).toContainText(/(rows|contacts)\/s · (about \d+ min|less than a minute) left/, {
    timeout: 30_000,
  });
  await page.screenshot({ path: testInfo.outputPath('imports-running.png'), fullPage: true });
  await progress.getByRole('button', { name: 'Stop import' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Stop importing pace-${stamp}.csv?` });
  await expect(dialog).toContainText(/The rows read stay ready for a restart|Contacts already written stay/);
  await expectAccessible(page, 'the stop confirmation');
  await dialog.getByRole('button', { name: 'Stop import' }).click();

  await expect(progress.getByText('The import was stopped')).toBeVisible({ timeout: 30_000 });
  const result = page.getByRole('region', { name: 'Counts so far' });
  const count = async (label: string) =>
    Number((await result.locator(`dt:text-is("${label}") + dd`).innerText()).replace(/\D/g, ''));
  const read = await count('Rows read');
  const inserted = await count('Inserted');
  expect(read).toBeGreaterThan(0);
  // Stopped, not finished: stopped while reading (nothing written yet) or while writing. The Maven tests check
  // that a restart then ends like a clean run.
  expect(read < ROWS || inserted < ROWS).toBe(true);
});
