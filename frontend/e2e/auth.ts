import type { Page } from '@playwright/test';

import { expect } from './fixtures';

export type Credentials = { email: string; password: string };

/**
 * The first administrator's login. The test runner starts the backend with
 * LEADLINE_ADMIN_EMAIL / LEADLINE_ADMIN_PASSWORD set to these same values.
 */
export function adminCredentials(): Credentials {
  const email = process.env.LEADLINE_E2E_EMAIL;
  const password = process.env.LEADLINE_E2E_PASSWORD;
  if (!email || !password) {
    throw new Error(
      'Set LEADLINE_E2E_EMAIL and LEADLINE_E2E_PASSWORD to the backend admin (LEADLINE_ADMIN_EMAIL / LEADLINE_ADMIN_PASSWORD)',
    );
  }
  return { email, password };
}

export const REFRESH_PATH = '/api/v1/auth/refresh';
export const LOGIN_PATH = '/api/v1/auth/login';

/**
 * Chromium logs every 4xx answer to fetch as "Failed to load resource". Some are expected: the
 * silent refresh on a page load without a session, a login with a wrong password. This waits
 * for exactly one such entry for `path` and takes it out of the fixture's error list; any
 * other console error still fails the test.
 */
export async function expectUnauthorizedLogged(browserErrors: string[], path: string) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const pattern = new RegExp(
    `^console error: Failed to load resource: the server responded with a status of 401 \\([^)]*\\) \\(https?://[^/]+${escaped}(:\\d+)?\\)$`,
  );
  await expect
    .poll(() => browserErrors.some((entry) => pattern.test(entry)), {
      message: `expected Chromium to log the 401 of ${path}`,
    })
    .toBe(true);
  browserErrors.splice(
    browserErrors.findIndex((entry) => pattern.test(entry)),
    1,
  );
}

/** Fills and sends the login form on the page that is showing it. */
export async function submitLogin(page: Page, { email, password }: Credentials) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Opens /login in a fresh browser context (so no refresh cookie exists yet), signs in as the
 * admin and waits for the dashboard. Returns who the API says signed in.
 */
export async function signIn(
  page: Page,
  browserErrors: string[],
  credentials = adminCredentials(),
) {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Leadline' })).toBeVisible();
  // The app first tried the (absent) refresh cookie.
  await expectUnauthorizedLogged(browserErrors, REFRESH_PATH);

  const loginResponse = page.waitForResponse(
    (response) => new URL(response.url()).pathname === LOGIN_PATH,
  );
  await submitLogin(page, credentials);
  const response = await loginResponse;
  expect(response.status()).toBe(200);
  const { user } = (await response.json()) as {
    user: { displayName: string; email: string; tenant: { name: string } };
  };
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return user;
}
