import type { BadgeTone } from '@/components/ui/badge';
import type { components } from '@/lib/api/schema';

export type JobRunStatus = components['schemas']['JobRunView']['status'];

/** Every status a run can be in, in the order a run usually passes through them. */
export const JOB_RUN_STATUSES = [
  'QUEUED',
  'STARTING',
  'STARTED',
  'STOPPING',
  'STOPPED',
  'FAILED',
  'COMPLETED',
  'ABANDONED',
] as const satisfies readonly JobRunStatus[];

const ACTIVE: ReadonlySet<JobRunStatus> = new Set(['QUEUED', 'STARTING', 'STARTED', 'STOPPING']);

/** A run that may still change on its own: worth asking about again shortly. */
export function isActive(status: JobRunStatus): boolean {
  return ACTIVE.has(status);
}

/** How often pages showing an active run ask again. */
export const LIVE_REFRESH_MS = 2_000;

export const STATUS_TONES: Readonly<Record<JobRunStatus, BadgeTone>> = {
  QUEUED: 'violet',
  STARTING: 'sky',
  STARTED: 'indigo',
  STOPPING: 'orange',
  STOPPED: 'amber',
  FAILED: 'red',
  COMPLETED: 'emerald',
  ABANDONED: 'slate',
};
