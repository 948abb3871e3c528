import { signIn } from './auth';
import { expect, test } from './fixtures';

const pages = ['Overview', 'Contacts', 'Companies', 'Imports', 'Jobs'];

test('the dashboard shell shows live status and moves between pages', async (
  { page, browserErrors },
  testInfo,
) => {
  const statusResponse = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/v1/status',
  );
  await signIn(page, browserErrors);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('banner')).toContainText('Leadline');
  for (const name of pages) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('overview.png'), fullPage: true });

  // The developer status panel lives on the Admin page (the e2e user is a platform admin).
  await nav.getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  const status = await statusResponse;
  expect(status.status()).toBe(200);
  const { version } = (await status.json()) as { version: string };
  const card = page.getByRole('region', { name: 'System status' });
  await expect(card.getByText('API reachable')).toBeVisible();
  await expect(card.getByText(version, { exact: true })).toBeVisible();

  await nav.getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page');

  // A deep link must reach the SPA through the backend's fallback to index.html, and the
  // fresh page load must pick the session up again from the refresh cookie.
  await page.goto('/companies');
  await expect(page.getByRole('heading', { level: 1, name: 'Companies' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Companies' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});
