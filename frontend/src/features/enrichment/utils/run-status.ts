import type { BadgeTone } from '@/components/ui/badge';
import type { components } from '@/lib/api/schema';

export type EnrichmentRunStatus = components['schemas']['EnrichmentRunView']['status'];

const ACTIVE: ReadonlySet<EnrichmentRunStatus> = new Set(['QUEUED', 'STARTING', 'STARTED', 'STOPPING']);

/** A run that may still change on its own: worth asking about again shortly. */
export function isActive(status: EnrichmentRunStatus): boolean {
  return ACTIVE.has(status);
}

export function anyActive(runs: readonly { status: EnrichmentRunStatus }[] | undefined): boolean {
  return runs?.some((run) => isActive(run.status)) ?? false;
}

/** A run the API lets go on where it stopped. */
export function canResume(status: EnrichmentRunStatus): boolean {
  return status === 'STOPPED' || status === 'FAILED';
}

/** How often pages showing an active run ask again (as on the jobs pages). */
export const LIVE_REFRESH_MS = 2_000;

export const STATUS_TONES: Readonly<Record<EnrichmentRunStatus, BadgeTone>> = {
  QUEUED: 'violet',
  STARTING: 'sky',
  STARTED: 'indigo',
  STOPPING: 'orange',
  STOPPED: 'amber',
  FAILED: 'red',
  COMPLETED: 'emerald',
  ABANDONED: 'slate',
};

const STOP_CAUSES: Readonly<Record<string, { title: string; detail: string }>> = {
  credits: {
    title: 'Out of credits',
    detail: 'The run spent its budget or the available credits. Top up or raise the budget, then resume.',
  },
  user: { title: 'Stopped by a person', detail: 'Resume to enrich the items still pending.' },
  shutdown: { title: 'Stopped at shutdown', detail: 'Its worker shut down; resume to go on.' },
};

/** Why a run stopped, in words; unknown causes are shown as the API names them. */
export function describeStopCause(cause: string): { title: string; detail?: string } {
  return STOP_CAUSES[cause.toLowerCase()] ?? { title: `Stopped: ${cause.replaceAll('_', ' ')}` };
}
