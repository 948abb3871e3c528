import { formatShortDateTime } from '@/lib/format';

import type { JobRunView } from '@/features/jobs/api/get-job-runs';

type RunForOutcome = Pick<JobRunView, 'status' | 'stop'>;

/** The person's name, or what we know of them. */
function who(stop: NonNullable<JobRunView['stop']>): string {
  if (stop.userName) {
    return stop.userName;
  }
  return stop.userId !== null ? `user #${stop.userId}` : 'the platform';
}

/**
 * Why a run stopped or is stopping, in plain words ("Stopped by Ana at Dec 4, 2:02:10 PM"), or
 * null when nobody stopped it. A stop is never shown as a failure.
 */
export function stopText(run: RunForOutcome): string | null {
  const { stop } = run;
  if (!stop) {
    return null;
  }
  const at = formatShortDateTime(stop.requestedAt);
  if (stop.cause === 'user') {
    return run.status === 'STOPPING'
      ? `Stop requested by ${who(stop)} at ${at}`
      : `Stopped by ${who(stop)} at ${at}`;
  }
  const worker = stop.workerId ?? 'a worker';
  switch (run.status) {
    case 'STOPPING':
      return `Stopping: worker ${worker} is shutting down (${at})`;
    case 'QUEUED':
      return `Stopped by the shutdown of worker ${worker} at ${at}; it resumes on the next free worker`;
    default:
      return `Stopped by the shutdown of worker ${worker} at ${at}`;
  }
}
