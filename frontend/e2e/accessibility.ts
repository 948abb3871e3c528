import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect } from './fixtures';

/**
 * Fails on any serious or critical axe-core violation on the page as it is now; `soft` lets the
 * test go on to check further pages and fails it at the end with all of them.
 */
export async function expectAccessible(page: Page, what: string, { soft = false } = {}) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  (soft ? expect.soft : expect)(serious, `axe-core on ${what}`).toEqual([]);
}
