import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive the dashboard as served by the Leadline backend (the built SPA
 * plus the real API), so start the app first or point LEADLINE_E2E_URL at a running one.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // A spec's own budget when it sets none: flows of 15-22 s on a quiet machine take twice that on a loaded one.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: process.env.LEADLINE_E2E_URL ?? 'http://localhost:8080',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          // Debian's chromium: `playwright install` cannot download browsers here.
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
});
