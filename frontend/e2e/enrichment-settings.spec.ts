import { expectAccessible } from './accessibility';
import { adminCredentials, LOGIN_PATH, signIn } from './auth';
import { expect, test } from './fixtures';

test('an admin sets the freshness window and nightly re-enrichment, and they survive a reload', async (
  { page, browserErrors, request },
  testInfo,
) => {
  test.setTimeout(60_000);
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const before: unknown = await (await request.get('/api/v1/enrichment/settings', { headers })).json();
  try {
    await signIn(page, browserErrors);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Enrichment' }).click();
    const form = page.getByRole('form', { name: 'Enrichment settings' });
    await form.getByLabel('Freshness window (days)').fill('14');
    await form.getByRole('checkbox', { name: /Re-enrich stale records every night/ }).check();
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByText('Choose at least one stage to re-enrich at night.')).toBeVisible();
    await form.getByRole('checkbox', { name: 'person' }).check();
    await form.getByLabel('Nightly credit cap').fill('250');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByText('Nightly runs re-enrich person with up to 250 credits a night.')).toBeVisible();
    await form.screenshot({ path: testInfo.outputPath('enrichment-settings.png') });

    await page.reload();
    const reloaded = page.getByRole('form', { name: 'Enrichment settings' });
    await expect(reloaded.getByLabel('Freshness window (days)')).toHaveValue('14');
    await expect(reloaded.getByRole('checkbox', { name: 'person' })).toBeChecked();
    await expect(reloaded.getByLabel('Nightly credit cap')).toHaveValue('250');
    await expectAccessible(page, 'the enrichment page');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: testInfo.outputPath('enrichment-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: testInfo.outputPath('enrichment-390.png'), fullPage: true });
  } finally {
    // The other specs expect the tenant's settings as they were.
    await request.put('/api/v1/enrichment/settings', { headers, data: before });
  }
});
