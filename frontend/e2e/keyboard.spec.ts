import type { Locator, Page } from '@playwright/test';

import { expectAccessible } from './accessibility';
import { apiSession, importCsv } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

const PEOPLE = 60;

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 60 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused row shows whole between the sticky header and the bottom of the scrolling box. */
async function expectShownWhole(page: Page, row: Locator) {
  const scroller = page.getByRole('region', { name: 'Contacts, scrollable' });
  const [box, header, shown] = await Promise.all([
    scroller.boundingBox(),
    page.getByRole('table', { name: 'Contacts' }).locator('thead').boundingBox(),
    row.boundingBox(),
  ]);
  expect(shown!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  expect(shown!.y + shown!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
}

test('the contacts table and its delete confirmation work by keyboard alone', async (
  { page, browserErrors, playwright },
  testInfo,
) => {
  test.setTimeout(120_000);
  const domain = `kbd-${Date.now()}.example`;
  const csv = [
    'Email,First Name,Last Name,Company',
    ...Array.from({ length: PEOPLE }, (_, i) => `p${i + 1}@${domain},Person,Number ${i + 1},Keyboard Works`),
  ].join('\n');
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await importCsv(request, await apiSession(request), `keyboard-${domain}.csv`, csv).finally(() => request.dispose());

  await signIn(page, browserErrors);
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  await expect(page.getByText(`${PEOPLE} contacts`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Contacts' });
  // Row n of the data is aria-rowindex n + 1: the header row is 1.
  const row = (n: number) => table.locator(`tbody tr[aria-rowindex="${n + 1}"]`);

  // Tab reaches the first row; the rows' links and checkboxes are not tab stops of their own.
  await page.getByRole('searchbox', { name: 'Search contacts' }).focus();
  await tabTo(page, row(1));
  await page.keyboard.press('Tab');
  await expect(table.locator('tbody').locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(row(1)).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row(4)).toBeFocused();
  // Marked for the eye: a ring (outline) around the focused row.
  expect(await row(4).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  await page.getByRole('region', { name: 'Contacts, scrollable' }).screenshot({ path: testInfo.outputPath('focused-row.png') });
  await expectAccessible(page, 'the contacts table with a focused row');

  // Down past the box's bottom, the box follows; back up, the row shows below the sticky header.
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(row(24)).toBeFocused();
  await expectShownWhole(page, row(24));
  await page.keyboard.press('End');
  await expect(row(PEOPLE)).toBeFocused();
  await expectShownWhole(page, row(PEOPLE));
  await page.keyboard.press('Home');
  await expect(row(1)).toBeFocused();
  await expectShownWhole(page, row(1));
  await page.keyboard.press('PageDown');
  await expectShownWhole(page, table.locator('tbody tr:focus'));
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  // Space selects the row.
  await expect(row(3)).toBeFocused();
  await page.keyboard.press(' ');
  await expect(row(3).getByRole('checkbox')).toBeChecked();
  await expect(row(2).getByRole('checkbox')).not.toBeChecked();
  await expect(row(3)).toBeFocused();

  // The confirmation opens by keyboard, Escape closes it, and focus is back on what opened it.
  const deleteSelected = page.getByRole('button', { name: 'Delete selected' });
  await tabTo(page, deleteSelected, { backwards: true });
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Delete 1 selected contact?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(deleteSelected).toBeFocused();
  await expect(row(3).getByRole('checkbox')).toBeChecked();

  // Back in the table the same row is active; Enter opens its contact.
  await tabTo(page, row(3));
  const name = (await row(3).getByRole('link').first().textContent())!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/contacts\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
