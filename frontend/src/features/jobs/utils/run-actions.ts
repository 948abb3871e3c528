import type { JobRunStatus } from '@/features/jobs/utils/run-status';

/** What an owner or admin can do to a run; the API lists the ones a run allows right now. */
export const RUN_ACTIONS = ['stop', 'restart', 'abandon', 'recover'] as const;

export type RunAction = (typeof RUN_ACTIONS)[number];

export const ACTION_LABELS: Readonly<Record<RunAction, string>> = {
  stop: 'Stop',
  restart: 'Restart',
  abandon: 'Abandon',
  recover: 'Recover',
};

/** What each action does, said before the user confirms it. */
export const ACTION_CONSEQUENCES: Readonly<Record<RunAction, string>> = {
  stop: 'A queued run stops at once; a running one stops at its next chunk boundary. It can be restarted later.',
  restart:
    'The run is queued again and resumes after its last committed chunk, with its original parameters.',
  abandon: 'The run is given up for good: it can never be restarted.',
  recover:
    'The run’s worker stopped answering. The run is marked FAILED (worker lost) and queued again when its job is safe to resume.',
};

/** Why the API would refuse `action` for a run in `status` (it lists the allowed ones). */
export function refusalReason(action: RunAction, status: JobRunStatus): string {
  switch (action) {
    case 'stop':
      return status === 'STOPPING'
        ? 'The run is already stopping'
        : `A ${status} run cannot be stopped`;
    case 'restart':
      return `A ${status} run cannot be restarted; only FAILED or STOPPED runs can`;
    case 'abandon':
      return status === 'STARTING' || status === 'STARTED' || status === 'STOPPING'
        ? `A ${status} run cannot be abandoned; stop it first`
        : `A ${status} run cannot be abandoned`;
    case 'recover':
      return status === 'STARTING' || status === 'STARTED' || status === 'STOPPING'
        ? 'The run’s worker is still alive; only runs whose worker stopped answering can be recovered'
        : `A ${status} run cannot be recovered`;
  }
}
