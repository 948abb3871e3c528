import type { APIRequestContext } from '@playwright/test';

import { adminCredentials, LOGIN_PATH, signIn } from './auth';
import { expect, test } from './fixtures';

/** Starts the platform's housekeeping job the way an operator's script would: through the API. */
async function triggerHousekeeping(request: APIRequestContext): Promise<number> {
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };

  const trigger = await request.post('/api/v1/admin/jobs', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { jobName: 'housekeepingJob' },
  });
  expect(trigger.status()).toBe(202);
  const { id } = (await trigger.json()) as { id: number };
  return id;
}

test('a platform run started through the API completes on the admin page and shows its steps', async (
  { page, request, browserErrors },
  testInfo,
) => {
  const runId = await triggerHousekeeping(request);
  await signIn(page, browserErrors);

  // The admin page lists it among the platform runs and follows it until it completes.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  const runs = page.getByRole('table', { name: 'Platform runs' });
  const runLink = page.getByRole('link', { name: `Run #${runId}`, exact: true });
  const row = runs.getByRole('row').filter({ has: runLink });
  await expect(row).toContainText('housekeepingJob');
  await expect(row).toContainText('Platform · Started by ');
  await expect(row).not.toContainText('user #');
  await expect(row.getByText('COMPLETED', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(row.getByRole('progressbar', { name: `Progress of run #${runId}` })).toHaveAttribute(
    'value',
    '100',
  );
  // The panel (a section named by its heading), not the table's scroll region of the same name.
  await page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: 'Platform runs' }) })
    .screenshot({ path: testInfo.outputPath('platform-runs.png') });

  // Its detail: the executions' step with its counts, and no action left to take.
  await row.getByRole('link', { name: `Run #${runId}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/jobs/${runId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Housekeeping' })).toBeVisible();
  await expect(page.getByText(`Run #${runId} · platform run`)).toBeVisible();
  const summary = page.getByRole('region', { name: 'Run' });
  await expect(summary.getByText('COMPLETED', { exact: true })).toBeVisible();

  // Counters and the log are technical details, folded away until asked for.
  await page.getByText('Technical details', { exact: true }).click();
  const steps = page.getByRole('table', { name: /^Steps of execution #\d+$/ });
  const step = steps.getByRole('row').filter({ hasText: 'housekeepingStep' });
  await expect(step.getByText('COMPLETED', { exact: true })).toBeVisible();
  // Step, Status, then Read, Write, Filter, Skip, Commit and Rollback: all whole numbers.
  const counts = await step.getByRole('cell').allTextContents();
  expect(counts.slice(2, 8)).toEqual(Array(6).fill(expect.stringMatching(/^\d[\d,]*$/)));
  expect(Number(counts[6])).toBeGreaterThanOrEqual(1);

  for (const action of ['Stop', 'Restart', 'Abandon', 'Recover']) {
    await expect(page.getByRole('button', { name: action, exact: true })).toBeDisabled();
  }
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toHaveAccessibleDescription(
    'A COMPLETED run cannot be restarted; only FAILED or STOPPED runs can',
  );
  // Its log comes from the admin API (`/api/v1/admin/jobs/{id}/events`), platform runs included.
  const events = page.getByRole('table', { name: 'Events' });
  await expect(events.getByRole('cell', { name: 'run.completed', exact: true })).toBeVisible();
  // Oldest first: from its queueing to its completion. The kind is each row's third cell.
  const kinds: string[] = [];
  for (const eventRow of await events.getByRole('row').all()) {
    const cells = eventRow.getByRole('cell');
    if ((await cells.count()) > 0) {
      kinds.push((await cells.nth(2).textContent()) ?? '');
    }
  }
  expect(kinds[0]).toBe('run.queued');
  expect(kinds.at(-1)).toBe('run.completed');
  await page.screenshot({ path: testInfo.outputPath('platform-run.png'), fullPage: true });

  // The tenant's own Jobs page does not list platform runs. (It may list the tenant's own,
  // such as the drill of jobs-drill.spec.ts, when that ran first against the same backend.)
  await nav.getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  const tenantRuns = page.getByRole('table', { name: 'Job runs' });
  await expect(
    tenantRuns.or(page.getByRole('heading', { level: 2, name: 'No job runs' })),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: `Run #${runId}`, exact: true })).toHaveCount(0);
  await expect(tenantRuns.getByText('housekeepingJob')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('jobs.png'), fullPage: true });
});
