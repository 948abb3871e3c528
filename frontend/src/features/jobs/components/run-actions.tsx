import { useId, useState } from 'react';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

import { useActOnJobRun } from '@/features/jobs/api/act-on-job-run';
import type { JobRunDetailView } from '@/features/jobs/api/get-job-run';
import type { JobScope } from '@/features/jobs/api/get-job-runs';
import {
  ACTION_CONSEQUENCES,
  ACTION_LABELS,
  RUN_ACTIONS,
  refusalReason,
  type RunAction,
} from '@/features/jobs/utils/run-actions';

/** What became of an action once confirmed: a notice, or the problem the API answered. */
export type ActionOutcome =
  | { kind: 'done'; message: string }
  | { kind: 'failed'; action: string; error: unknown };

type RunActionsProps = {
  scope: JobScope;
  detail: JobRunDetailView;
  /** Whether the signed-in user's role lets them act on runs at all. */
  canAct: boolean;
  onOutcome: (outcome: ActionOutcome) => void;
};

const ROLE_REFUSAL: Readonly<Record<JobScope, (action: RunAction) => string>> = {
  tenant: (action) => `Only owners and admins can ${action} runs`,
  platform: (action) => `Only platform administrators can ${action} runs`,
};

/**
 * Stop, Restart, Abandon and Recover, each behind a confirmation. A button is enabled only when
 * the run allows the action and the user's role does; otherwise it says why.
 */
export function RunActions({ scope, detail, canAct, onOutcome }: RunActionsProps) {
  const { run, allowedActions } = detail;
  const [confirming, setConfirming] = useState<RunAction | null>(null);
  const mutation = useActOnJobRun(scope, run.id);
  const helpId = useId();

  function reasonFor(action: RunAction): string | undefined {
    if (!canAct) {
      return ROLE_REFUSAL[scope](action);
    }
    return allowedActions.includes(action) ? undefined : refusalReason(action, run.status);
  }

  function confirm(action: RunAction) {
    mutation.mutate(action, {
      onSuccess: (next) =>
        onOutcome({
          kind: 'done',
          message: `${ACTION_LABELS[action]} requested: run #${run.id} is now ${next.run.status}`,
        }),
      onError: (error) =>
        onOutcome({ kind: 'failed', action: `Could not ${action} run #${run.id}`, error }),
      onSettled: () => setConfirming(null),
    });
  }

  return (
    <div className="flex flex-col items-end gap-1.5">
      <div role="group" aria-label="Run actions" className="flex flex-wrap justify-end gap-2">
        {RUN_ACTIONS.map((action) => {
          const reason = reasonFor(action);
          return (
            <span key={action} className="group relative inline-flex">
              <Button
                variant={action === 'abandon' ? 'subtleDanger' : 'secondary'}
                disabled={reason !== undefined || mutation.isPending}
                aria-describedby={reason ? `${helpId}-${action}` : undefined}
                onClick={() => setConfirming(action)}
              >
                {ACTION_LABELS[action]}
              </Button>
              {reason && (
                <span
                  id={`${helpId}-${action}`}
                  role="tooltip"
                  className="invisible absolute top-full right-0 z-10 mt-2 w-60 rounded-md bg-slate-900 px-2.5 py-1.5 text-left text-xs font-normal text-white opacity-0 shadow-lg transition-opacity group-hover:visible group-hover:opacity-100"
                >
                  {reason}
                </span>
              )}
            </span>
          );
        })}
      </div>
      {!canAct && (
        <p className="text-xs text-slate-500">
          {scope === 'tenant'
            ? 'Only owners and admins can stop, restart, abandon or recover runs.'
            : 'Only platform administrators can act on these runs.'}
        </p>
      )}
      {canAct && allowedActions.length === 0 && (
        <p className="text-xs text-slate-500">Nothing can be done to a {run.status} run.</p>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => {
          if (!mutation.isPending) {
            setConfirming(null);
          }
        }}
        role="alertdialog"
        title={confirming ? `${ACTION_LABELS[confirming]} run #${run.id}?` : ''}
        description={
          confirming && (
            <>
              <span className="font-mono text-slate-700">{run.jobName}</span> is {run.status}.{' '}
              {ACTION_CONSEQUENCES[confirming]}
            </>
          )
        }
      >
        {confirming && (
          <div className="flex justify-end gap-3">
            <Button onClick={() => setConfirming(null)} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button
              variant={confirming === 'abandon' ? 'danger' : 'primary'}
              disabled={mutation.isPending}
              onClick={() => confirm(confirming)}
            >
              {mutation.isPending ? 'Sending…' : `${ACTION_LABELS[confirming]} run`}
            </Button>
          </div>
        )}
      </Dialog>
    </div>
  );
}
