import { describe, expect, it } from 'vitest';

import { formatShortDateTime } from '@/lib/format';

import { stopText } from '@/features/jobs/utils/run-outcome';

const at = '2026-12-04T14:02:00Z';

describe('stopText', () => {
  it('names the person who stopped a run and when', () => {
    const run = {
      status: 'STOPPED' as const,
      stop: { cause: 'user' as const, userId: 3, userName: 'Ana', workerId: null, requestedAt: at },
    };
    expect(stopText(run)).toBe(`Stopped by Ana at ${formatShortDateTime(at)}`);
  });

  it('says a stop was requested while the run is still stopping', () => {
    const run = {
      status: 'STOPPING' as const,
      stop: { cause: 'user' as const, userId: 3, userName: null, workerId: null, requestedAt: at },
    };
    expect(stopText(run)).toBe(`Stop requested by user #3 at ${formatShortDateTime(at)}`);
  });

  it('says a shutdown stopped a run that resumes by itself', () => {
    const run = {
      status: 'QUEUED' as const,
      stop: { cause: 'shutdown' as const, userId: null, userName: null, workerId: 'host:12:ab', requestedAt: at },
    };
    expect(stopText(run)).toContain('Stopped by the shutdown of worker host:12:ab');
    expect(stopText(run)).toContain('resumes on the next free worker');
  });

  it('is null when nobody stopped the run', () => {
    expect(stopText({ status: 'COMPLETED', stop: null })).toBeNull();
  });
});
