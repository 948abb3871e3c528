import { test as base, expect } from '@playwright/test';

/**
 * Every test fails if the page logs a console error or throws. That catches broken requests,
 * React errors and CSP violations that a visual check would miss.
 */
export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          const { url, lineNumber } = message.location();
          errors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        }
      });
      page.on('pageerror', (error) => {
        errors.push(`page error: ${error.message}`);
      });

      await use(errors);

      expect(errors, 'the browser reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
