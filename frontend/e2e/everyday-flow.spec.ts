import { apiSession, importCsv } from './api';
import { expectAccessible } from './accessibility';
import { signIn } from './auth';
import { expect, test } from './fixtures';

/**
 * The "Done when" in one run: import -> open a contact -> edit it -> filter, show a custom
 * attribute column and save that as a view -> the view survives a reload -> bulk delete all
 * contacts matching its filter, the exact count confirmed -> the audit log shows the delete.
 * (contact-page.spec.ts looks at each step more closely.)
 */
test('import, edit a contact, save a filtered view that survives a reload, delete all it matches, audited', async (
  { page, browserErrors, playwright },
  testInfo,
) => {
  test.setTimeout(180_000);
  const domain = `flow-${Date.now()}.example`;
  const viewName = `UK leads ${domain}`;
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    await importCsv(
      request,
      await apiSession(request),
      `flow-${domain}.csv`,
      [
        'Email,First Name,Last Name,Company,Title,Country,Lead source',
        `ada@${domain},Ada,Lovelace,Analytical Engines,Chief Analyst,GB,Trade fair`,
        `grace@${domain},Grace,Hopper,Analytical Engines,Rear Admiral,US,Webinar`,
        `alan@${domain},Alan,Turing,Analytical Engines,Researcher,GB,Referral`,
      ].join('\n'),
    );
  } finally {
    await request.dispose();
  }

  await signIn(page, browserErrors);
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(page.getByText('3 contacts')).toBeVisible();

  // Open a contact from its row and edit it: a bad value is refused at its field, a good one saved.
  await table.getByRole('row').filter({ hasText: 'Alan Turing' }).getByText('Researcher').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alan Turing' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Alan Turing' });
  await edit.getByLabel('E-mail').fill('not an address');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('Enter an e-mail address such as ada@example.com.')).toBeVisible();
  await expectAccessible(page, 'the edit dialog with a validation error');
  await edit.getByLabel('E-mail').fill(`alan@${domain}`);
  await edit.getByLabel('Title').fill('Codebreaker');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Codebreaker at Analytical Engines')).toBeVisible();
  await expectAccessible(page, 'the edited contact');

  // Filter, add the custom attribute as a column, and save that as a view.
  await page.goBack();
  await expect(page.getByText('3 contacts')).toBeVisible();
  await page.getByLabel('Add a country filter').selectOption('GB');
  await expect(page.getByText('2 contacts')).toBeVisible();
  await page.getByRole('button', { name: /^Columns/ }).click();
  await page.getByRole('checkbox', { name: 'Lead source' }).check();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Lead source' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Ada Lovelace' })).toContainText('Trade fair');
  await expect(table.getByRole('row').filter({ hasText: 'Alan Turing' })).toContainText('Codebreaker');

  await page.getByRole('button', { name: 'Save view as…' }).click();
  const save = page.getByRole('dialog', { name: 'Save view' });
  await expect(save.getByLabel('View name')).toBeFocused();
  await expectAccessible(page, 'the save view dialog');
  await page.keyboard.type(viewName);
  await page.keyboard.press('Enter');
  await expect(save).toBeHidden();
  await expect(page).toHaveURL(/[?&]view=\d+/);
  const picker = page.getByRole('combobox', { name: 'View' });
  await expect(picker.locator('option:checked')).toHaveText(viewName);

  // After a reload the view is still there and still applied.
  await page.reload();
  await expect(page.getByText('2 contacts')).toBeVisible();
  await expect(picker.locator('option:checked')).toHaveText(viewName);
  await expect(page).toHaveURL(/country=GB/);
  await expect(table.getByRole('columnheader', { name: 'Lead source' })).toBeVisible();
  await expect(page.getByText('Changed')).toBeHidden();
  await expectAccessible(page, 'the contacts list in a saved view');
  await page.screenshot({ path: testInfo.outputPath('contacts-view-1440.png'), fullPage: true });

  // Picked again on a bare list, it brings its filters back.
  await page.goto('/contacts');
  await picker.selectOption({ label: viewName });
  await expect(page).toHaveURL(/country=GB/);
  await expect(page.getByText('2 contacts')).toBeVisible();

  // Every contact the view's filter matches, deleted by the bulk delete job with the count confirmed.
  await table.getByRole('checkbox', { name: 'Select Ada Lovelace' }).check();
  const bar = page.getByRole('region', { name: 'Selection' });
  await bar.getByRole('button', { name: 'Select all 2 matching this filter' }).click();
  await bar.getByRole('button', { name: 'Delete selected' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete all 2 contacts matching this filter?' });
  await expectAccessible(page, 'the bulk delete confirmation');
  await confirm.getByRole('button', { name: 'Delete 2 contacts' }).click();
  await expect(page.getByText('Deleted 2 contacts.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('No contacts match')).toBeVisible();

  // The view goes after a confirmation; the contacts it did not match stay.
  await page.getByRole('button', { name: 'Delete view' }).click();
  const deleteView = page.getByRole('alertdialog', { name: `Delete the view “${viewName}”?` });
  await expectAccessible(page, 'the delete view confirmation');
  await deleteView.getByRole('button', { name: 'Delete view' }).click();
  await expect(deleteView).toBeHidden();
  await expect(picker.getByRole('option', { name: viewName })).toHaveCount(0);
  await page.goto(`/contacts?q=${encodeURIComponent(domain)}`);
  await expect(page.getByText('1 contact', { exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByText('contact.bulk_delete_requested', { exact: true }).first()).toBeVisible();
  await expect(events.getByText('contact.updated', { exact: true }).first()).toBeVisible();
  // The audit page's own axe check is the every-page spec's (its redesign is under way in #18).
});
