import { expectAccessible } from './accessibility';
import { apiSession, importCsv } from './api';
import { signIn } from './auth';
import { expect, test } from './fixtures';

test('an admin tops up a tenant’s credits and runs housekeeping from the admin page', async ({
  page,
  request,
  browserErrors,
}) => {
  // An import, five axe-core checks and a housekeeping run: 16 s on a quiet machine, over 30 s on a
  // loaded one when it is the first spec against a fresh process.
  test.setTimeout(90_000);
  // A tenant run, so the platform runs list has one to name its tenant for.
  const session = await apiSession(request);
  await importCsv(request, session, `admin-${Date.now()}.csv`, 'Email\r\nadmin-tools@example.test\r\n');
  const me = await signIn(page, browserErrors);
  const tenantName = me.tenant.name;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const runs = page.getByRole('table', { name: 'Platform runs' });
  await expect(runs.getByRole('row').filter({ hasText: 'Import' }).first()).toContainText(`${tenantName} ·`);
  await expect(runs).not.toContainText('Tenant #');
  await expectAccessible(page, 'the admin page');

  // Credits: checked amount, then the new balance in the notice and in the tenant's own credits.
  const before = (await (await request.get('/api/v1/credits', { headers: session.headers })).json()) as {
    balance: number;
  };
  await page.getByRole('button', { name: `Top up credits of ${tenantName}` }).click();
  const topUp = page.getByRole('dialog', { name: `Top up ${tenantName}` });
  await expect(topUp).toBeVisible();
  await expectAccessible(page, 'the top-up dialog');
  await topUp.getByLabel('Credits to add').fill('-5');
  await topUp.getByRole('button', { name: 'Add credits' }).click();
  await expect(topUp.getByText('A whole number of credits from 1 to 1,000,000,000')).toBeVisible();
  await topUp.getByLabel('Credits to add').fill('125');
  await topUp.getByLabel('Note (optional)').fill('e2e admin top-up');
  await topUp.getByRole('button', { name: 'Add credits' }).click();
  await expect(topUp).toBeHidden();
  await expect(page.getByText(`Added 125 credits to ${tenantName}`)).toBeVisible();
  await expect(page.getByText(`Its balance is now ${(before.balance + 125).toLocaleString('en-US')} credits.`)).toBeVisible();
  await expectAccessible(page, 'the admin page after a top-up');

  // Housekeeping now: a confirmation, then a notice linking the started run.
  await page.getByRole('button', { name: 'Run housekeeping now' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Run housekeeping now?' });
  await expect(confirm).toContainText('expired sessions');
  await expectAccessible(page, 'the housekeeping confirmation');
  await confirm.getByRole('button', { name: 'Run now' }).click();
  await expect(page.getByText('Housekeeping started')).toBeVisible();
  await expectAccessible(page, 'the admin page after starting housekeeping');
  const runLink = page.getByRole('link', { name: /^run #\d+$/ });
  const runId = (await runLink.textContent())!.replace('run #', '');
  await runLink.click();
  await expect(page).toHaveURL(new RegExp(`/admin/jobs/${runId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Housekeeping' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run' }).getByText('COMPLETED', { exact: true })).toBeVisible({
    timeout: 20_000,
  });
});
