import type { APIRequestContext, Locator } from '@playwright/test';

import { adminCredentials, LOGIN_PATH, signIn } from './auth';
import { expectAccessible } from './accessibility';
import { expect, test } from './fixtures';

/**
 * The backend's `drillJob` (enabled by LEADLINE_JOBS_DRILL_ENABLED=true) writes nothing: it
 * counts to `items` in chunks of `chunk`, pausing `pauseMs` after each chunk, and its first
 * execution fails on the chunk holding item `failAt`. With these values the first execution
 * commits 8 chunks (40 / 60) in about 12 s, then fails; a restart resumes at item 41 and
 * completes 60 / 60 some 6 s later. The pause is per chunk, so it has to be long enough for the
 * page to poll (every 2 s) several times while the run is moving.
 */
const DRILL = { items: '60', chunk: '5', pauseMs: '1500', failAt: '45' };

/** Starts a drill in the e2e user's tenant the way a script would: through the API. */
async function triggerDrill(
  request: APIRequestContext,
  parameters: Record<string, string> = DRILL,
): Promise<number> {
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };

  const trigger = await request.post('/api/v1/jobs', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { jobName: 'drillJob', parameters },
  });
  expect(trigger.status()).toBe(202);
  const { id } = (await trigger.json()) as { id: number };
  return id;
}

/** What a run's progress cell shows: items done of the 60, and the bar's value in per cent. */
async function progressOf(row: Locator, runId: number) {
  const text = await row.getByText(/^\d+ \/ 60$/).textContent();
  const bar = await row
    .getByRole('progressbar', { name: `Progress of run #${runId}` })
    .getAttribute('value');
  return { items: Number(text?.split(' / ')[0]), percent: Number(bar) };
}

test('the Jobs page shows a running job’s progress moving and restarts a failed one', async (
  { page, request, browserErrors },
  testInfo,
) => {
  // About 12 s of running, the failure, about 6 s more after the restart, plus polling.
  test.setTimeout(120_000);
  const conflicts: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 409) {
      conflicts.push(`${response.request().method()} ${response.url()}`);
    }
  });

  await signIn(page, browserErrors);
  const runId = await triggerDrill(request);

  // The Jobs page lists the run and follows it while it runs.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  const runLink = page.getByRole('link', { name: `Run #${runId}`, exact: true });
  const row = page.getByRole('table', { name: 'Job runs' }).getByRole('row').filter({ has: runLink });
  await expect(row).toContainText('drillJob');
  await expect(row.getByText('STARTED', { exact: true })).toBeVisible();
  await expect(page.getByText('Live: refreshing every 2 s while runs are active')).toBeVisible();

  // Two reads of the same row, several seconds apart, once the first chunk is in: the
  // progress has moved on without a reload.
  await expect.poll(async () => (await progressOf(row, runId)).items).toBeGreaterThan(0);
  const first = await progressOf(row, runId);
  expect(first.items).toBeLessThan(40);
  await page.waitForTimeout(4_000);
  const second = await progressOf(row, runId);
  expect(second.items).toBeGreaterThan(first.items);
  expect(second.percent).toBeGreaterThan(first.percent);
  testInfo.annotations.push({
    type: 'progress',
    description: `${first.items} / 60 (${first.percent}%), 4 s later ${second.items} / 60 (${second.percent}%)`,
  });
  await page.screenshot({ path: testInfo.outputPath('drill-running.png'), fullPage: true });

  // The planned failure: 40 of 60 items were committed before the chunk holding item 45.
  await expect(row.getByText('FAILED', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(row.getByText('40 / 60', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Live: refreshing/)).toHaveCount(0);

  // Its page tells why, and lets an admin restart it.
  await runLink.click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${runId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Drill' })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Run', exact: true });
  await expect(summary.getByText('FAILED', { exact: true })).toBeVisible();
  await expect(summary.getByText('40 / 60', { exact: true })).toBeVisible();
  await expect(summary).toContainText('Planned drill failure at item 45');
  await page.getByText('Technical details', { exact: true }).click();
  await expectAccessible(page, 'a failed run with its technical details');
  const events = page.getByRole('region', { name: 'Events', exact: true });
  await expect(events.getByRole('cell', { name: 'run.failed', exact: true })).toBeVisible();

  const restart = page.getByRole('button', { name: 'Restart', exact: true });
  await expect(restart).toBeEnabled();
  await restart.click();
  const dialog = page.getByRole('alertdialog', { name: `Restart run #${runId}?` });
  await expect(dialog).toContainText('resumes after its last committed chunk');
  await dialog.getByRole('button', { name: 'Restart run' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restart requested' })).toContainText(
    `Restart requested: run #${runId} is now`,
  );

  // The second execution resumes at item 41 and completes the run.
  await expect(summary.getByText('COMPLETED', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(summary.getByText('60 / 60', { exact: true })).toBeVisible();
  await expect(summary.getByText('100%', { exact: true })).toBeVisible();
  await expect(summary.getByRole('progressbar', { name: `Progress of run #${runId}` })).toHaveAttribute(
    'value',
    '100',
  );
  await expect(summary).not.toContainText('Planned drill failure');
  const executions = page.getByRole('region', { name: 'Executions', exact: true });
  await expect(executions.getByRole('heading', { level: 3 })).toHaveCount(2);
  await expect(executions.getByRole('heading', { level: 3 }).nth(0)).toContainText('(attempt 1)');
  await expect(executions.getByRole('heading', { level: 3 }).nth(1)).toContainText('(attempt 2)');
  await expect(events.getByRole('cell', { name: 'run.completed', exact: true })).toBeVisible();
  for (const action of ['Stop', 'Restart', 'Abandon', 'Recover']) {
    await expect(page.getByRole('button', { name: action, exact: true })).toBeDisabled();
  }
  await page.screenshot({ path: testInfo.outputPath('drill-restarted.png'), fullPage: true });

  expect(conflicts, 'no action was refused with 409').toEqual([]);
});

test('stopping a run reads as a stop by the person who asked, not as a failure', async (
  { page, request, browserErrors },
  testInfo,
) => {
  test.setTimeout(60_000);
  await signIn(page, browserErrors);
  // Long enough (100 chunks of 1.5 s) to be stopped, never finished, on a loaded machine.
  const runId = await triggerDrill(request, { items: '100', chunk: '1', pauseMs: '1500' });
  await page.goto(`/jobs/${runId}`);
  const summary = page.getByRole('region', { name: 'Run', exact: true });
  await expect(summary.getByText('STARTED', { exact: true })).toBeVisible({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: `Stop run #${runId}?` });
  await dialog.getByRole('button', { name: 'Stop run' }).click();
  await expect(dialog).toBeHidden();

  await expect(summary.getByText('STOPPED', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByText(/^Stopped by .+ at /)).toBeVisible();
  await expect(summary).not.toContainText('JobInterruptedException');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restart', exact: true })).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('drill-stopped.png'), fullPage: true });
});
