import { describe, expect, it } from 'vitest';

import { buildJobRun } from '@/testing/data';

import { jobLabel, outcomeText, startedByText } from '@/features/jobs/utils/run-describe';

describe('runs in plain words', () => {
  it('names jobs for what they do and keeps unknown names', () => {
    expect(jobLabel('csvImportJob')).toBe('Import');
    expect(jobLabel('contactBulkDeleteJob')).toBe('Bulk delete of contacts');
    expect(jobLabel('someFutureJob')).toBe('someFutureJob');
  });

  it('says who started a run', () => {
    expect(startedByText(buildJobRun({ triggerType: 'api', triggeredBy: 3, triggeredByName: 'Ana' }))).toBe('Started by Ana');
    expect(startedByText(buildJobRun({ triggerType: 'api', triggeredBy: 3, triggeredByName: null }))).toBe('Started by user #3');
    expect(startedByText(buildJobRun({ triggerType: 'schedule', triggeredBy: null }))).toBe('Scheduled');
  });

  it('says how a run ended, a stop by its person rather than as a failure', () => {
    const ended = '2026-12-04T14:02:00Z';
    expect(outcomeText(buildJobRun({ status: 'COMPLETED', endedAt: ended }))).toMatch(/^Done at /);
    expect(outcomeText(buildJobRun({ status: 'FAILED', endedAt: ended, failureMessage: 'Line 41: bad quote' }))).toMatch(
      /^Failed at .*: Line 41: bad quote$/,
    );
    expect(
      outcomeText(
        buildJobRun({
          status: 'STOPPED',
          endedAt: ended,
          stop: { cause: 'user', userId: 2, userName: 'Ana', workerId: null, requestedAt: ended },
        }),
      ),
    ).toMatch(/^Stopped by Ana at /);
    expect(outcomeText(buildJobRun({ status: 'QUEUED', endedAt: null }))).toBe('Waiting for a free worker');
  });
});
