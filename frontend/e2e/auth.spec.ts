import {
  adminCredentials,
  expectUnauthorizedLogged,
  LOGIN_PATH,
  REFRESH_PATH,
  submitLogin,
} from './auth';
import { expect, test } from './fixtures';

test('signing in, managing users, reading the audit log and signing out', async (
  { page, browserErrors },
  testInfo,
) => {
  const admin = adminCredentials();

  // Without a session the dashboard sends the visitor to the login page.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Leadline' })).toBeVisible();
  await expectUnauthorizedLogged(browserErrors, REFRESH_PATH);
  await page.screenshot({ path: testInfo.outputPath('login.png'), fullPage: true });

  const loginResponse = page.waitForResponse(
    (response) => new URL(response.url()).pathname === LOGIN_PATH,
  );
  await submitLogin(page, admin);
  const login = await loginResponse;
  expect(login.status()).toBe(200);
  const token = (await login.json()) as {
    refreshToken: string | null;
    user: { displayName: string; tenant: { name: string } };
  };
  // The refresh token went into an HttpOnly cookie, not into the page.
  expect(token.refreshToken).toBeNull();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const account = page.getByRole('region', { name: 'Account' });
  await expect(account).toContainText(token.user.displayName);
  await expect(account).toContainText(token.user.tenant.name);
  await expect(page.getByText(`Welcome back, ${token.user.displayName}`)).toBeVisible();
  // Nothing readable by scripts holds a credential.
  expect(
    await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    })),
  ).toEqual({ local: 0, session: 0, cookie: '' });

  // Users: the admin is listed; add someone.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Users' }).click();
  await expect(page).toHaveURL(/\/users$/);
  const users = page.getByRole('table', { name: 'Users' });
  await expect(users.getByRole('cell', { name: admin.email, exact: true })).toBeVisible();

  const newEmail = `e2e-${Date.now()}@example.test`;
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByLabel('E-mail').fill(newEmail);
  await dialog.getByLabel('Display name').fill('E2E Person');
  await dialog.getByLabel('Password').fill('e2e-password-1234');
  await dialog.getByLabel('Role').selectOption('member');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`Added ${newEmail}`);
  await expect(users.getByRole('cell', { name: newEmail, exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('users.png'), fullPage: true });

  // Audit log: both the sign-in and the new user are on record.
  await nav.getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/audit$/);
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByText('login.succeeded', { exact: true }).first()).toBeVisible();
  await expect(events.getByText('user.created', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('audit.png'), fullPage: true });

  // Signing out revokes the session: a reload finds no cookie and stays on /login.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Leadline' })).toBeVisible();

  const refreshAfterReload = page.waitForResponse(
    (response) => new URL(response.url()).pathname === REFRESH_PATH,
  );
  await page.goto('/');
  expect((await refreshAfterReload).status()).toBe(401);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Leadline' })).toBeVisible();
  await expectUnauthorizedLogged(browserErrors, REFRESH_PATH);
});

test('a wrong password is refused with a clear message', async ({ page, browserErrors }) => {
  const { email } = adminCredentials();

  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Leadline' })).toBeVisible();
  await expectUnauthorizedLogged(browserErrors, REFRESH_PATH);

  await submitLogin(page, { email, password: 'definitely-not-the-password' });

  await expect(page.getByRole('alert')).toHaveText('Invalid e-mail or password');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page.getByLabel('Password')).toBeFocused();
  await expectUnauthorizedLogged(browserErrors, LOGIN_PATH);
});
