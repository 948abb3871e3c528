import { readFile } from 'node:fs/promises';

import { expectAccessible } from './accessibility';
import { apiSession, importCsv } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

test('the audit log narrows by any recorded action and by actor name, links targets and exports CSV', async ({
  page,
  request,
  browserErrors,
}) => {
  const session = await apiSession(request);
  const fileName = `audit-${Date.now()}.csv`;
  await importCsv(request, session, fileName, 'Email,First Name\r\naudit-one@example.test,Ana\r\n');
  const me = await signIn(page, browserErrors);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit$/);
  const table = page.getByRole('table', { name: 'Audit events' });
  await expect(table).toBeVisible();
  await expectAccessible(page, 'the audit log');

  // Every action the server records is offered, jobs and imports among them, grouped.
  const action = page.getByLabel('Action');
  await expect(action.locator('optgroup[label="import"] option')).toContainText([
    'import.completed',
    'import.ended',
    'import.mapping_confirmed',
    'import.started',
    'import.uploaded',
  ]);
  await expect(action.locator('optgroup[label="job"] option[value="job.triggered"]')).toHaveCount(1);
  await expect(action.locator('optgroup[label="contact"] option[value="contact.bulk_deleted"]')).toHaveCount(1);

  // The actor is picked by name, not typed as an id.
  await expect(page.getByLabel('Actor id')).toHaveCount(0);
  await action.selectOption('import.started');
  await page.getByLabel('Actor').selectOption({ label: `${me.displayName} (${me.email})` });
  await page.getByRole('button', { name: 'Apply' }).click();
  const row = table.getByRole('row').filter({ hasText: 'import.started' }).first();
  await expect(row).toContainText(me.displayName);
  await expect(table.getByRole('row').filter({ hasText: 'login.succeeded' })).toHaveCount(0);
  // Loopback in one form, never the long IPv6 or the IPv4-mapped one.
  await expect(row).not.toContainText('0:0:0:0');
  await expect(row).not.toContainText('::ffff:');
  await expectAccessible(page, 'the audit log, filtered');

  // The export has the filtered events, spreadsheet-safe.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export these events (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('audit-log.csv');
  const csv = await readFile((await file.path())!, 'utf8');
  const lines = csv.split('\r\n').filter((line) => line.length > 0);
  expect(lines[0]).toBe(
    '\uFEFFTime,Action,Actor,Actor E-mail,Actor ID,Target Type,Target ID,IP Address,Request ID,Details,Event ID',
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.includes(',import.started,'))).toBe(true);

  // The target opens its page.
  const target = row.getByRole('link', { name: /^Import #\d+$/ });
  const importId = (await target.textContent())!.replace('Import #', '');
  await target.click();
  await expect(page).toHaveURL(new RegExp(`/imports/${importId}$`));

  // The export is itself in the log.
  await page.goBack();
  await expect(page).toHaveURL(/\/audit$/);
  await page.getByLabel('Action').selectOption('audit.exported');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'audit.exported' }).first()).toBeVisible();
});
