import { useState, type ReactNode } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { DetailPageSkeleton } from '@/components/ui/detail-page-skeleton';
import { Timestamp } from '@/components/ui/timestamp';

import { useJobRun, type JobRunDetailView } from '@/features/jobs/api/get-job-run';
import type { JobRunView, JobScope } from '@/features/jobs/api/get-job-runs';
import { RunActions, type ActionOutcome } from '@/features/jobs/components/run-actions';
import { RunEvents } from '@/features/jobs/components/run-events';
import { RunExecutions } from '@/features/jobs/components/run-executions';
import { RunParameters } from '@/features/jobs/components/run-parameters';
import { RunProgress, throughputText } from '@/features/jobs/components/run-progress';
import { RunStatusBadge } from '@/features/jobs/components/run-status-badge';
import { TriggerText } from '@/features/jobs/components/trigger-text';
import { RunSubject } from '@/features/jobs/components/run-subject';
import { jobLabel, outcomeText, startedByText } from '@/features/jobs/utils/run-describe';
import { stopText } from '@/features/jobs/utils/run-outcome';
import { isActive, LIVE_REFRESH_MS } from '@/features/jobs/utils/run-status';

type JobRunDetailProps = {
  scope: JobScope;
  runId: number;
  /** Whether the signed-in user's role lets them stop, restart, abandon or recover runs. */
  canAct: boolean;
};

/** One run: what it is doing, what it was given, each attempt's steps, its log, and the actions. */
export function JobRunDetail({ scope, runId, canAct }: JobRunDetailProps) {
  const query = useJobRun(scope, runId);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);

  if (query.isPending) {
    return <DetailPageSkeleton title={`Run #${runId}`} loading={`run #${runId}`} />;
  }
  if (query.data === undefined) {
    return (
      <>
        <PageHeader title={`Run #${runId}`} />
        <div className="mt-8">
          <ErrorFallback error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }

  const detail = query.data;
  const { run } = detail;
  const live = isActive(run.status);
  return (
    <>
      <PageHeader
        title={jobLabel(run.jobName)}
        description={
          <>
            <span>{`Run #${run.id}${scope === 'platform' ? ` · ${ownerOf(run)}` : ''}`}</span>
            {' · '}
            <span>{startedByText(run)}</span>
            {run.subject && (
              <>
                {' · '}
                <RunSubject subject={run.subject} />
              </>
            )}
          </>
        }
        actions={
          <RunActions scope={scope} detail={detail} canAct={canAct} onOutcome={setOutcome} />
        }
      />
      <div role="status" className="mt-6 empty:hidden">
        {outcome?.kind === 'done' && (
          <Alert
            tone="success"
            announce={false}
            title={outcome.message}
            onDismiss={() => setOutcome(null)}
          />
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <ProblemAlert
          error={outcome.error}
          action={outcome.action}
          onDismiss={() => setOutcome(null)}
          className="mt-6"
        />
      )}
      {query.isError && (
        <ProblemAlert error={query.error} action="Could not refresh the run" className="mt-6" />
      )}
      <div className="mt-6 space-y-6">
        <Panel title="Run">
          <RunSummary detail={detail} live={live} />
        </Panel>
        <details className="group rounded-xl bg-white shadow-xs ring-1 ring-slate-200">
          <summary className="cursor-pointer px-5 py-4 text-sm font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
            <span>Technical details</span>
            <span className="ml-2 font-normal text-slate-500">
              job {run.jobName}, parameters, Spring Batch executions and step counters, the run’s log
            </span>
          </summary>
          <div className="space-y-6 border-t border-slate-100 p-5">
            {run.failureType !== null && (
              <p className="text-sm text-slate-700">
                Failure: <span className="font-mono text-xs">{run.failureType}</span>
              </p>
            )}
            <Panel title="Parameters">
              <RunParameters parameters={detail.parameters} />
            </Panel>
            <Panel
              title="Executions"
              description="Each attempt at the run, with the counts of its steps. A restart adds one."
            >
              <RunExecutions executions={detail.executions} />
            </Panel>
            <Panel title="Events" description="The run’s own log, oldest first.">
              <RunEvents scope={scope} runId={run.id} live={live} />
            </Panel>
          </div>
        </details>
      </div>
    </>
  );
}

function ownerOf(run: Pick<JobRunView, 'tenantId' | 'tenantName'>): string {
  if (run.tenantId === null) {
    return 'platform run';
  }
  return run.tenantName ?? `tenant #${run.tenantId}`;
}

function RunSummary({ detail, live }: { detail: JobRunDetailView; live: boolean }) {
  const { run } = detail;
  return (
    <div>
      <LiveIndicator live={live}>
        Live: refreshing every {LIVE_REFRESH_MS / 1000} s while the run is active
      </LiveIndicator>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm sm:grid-cols-3 lg:grid-cols-6">
        <Field label="Status">
          <RunStatusBadge status={run.status} />
        </Field>
        <Field label="Throughput">
          <span className="tabular-nums">{throughputText(run)}</span>
        </Field>
        <Field label="Started by">
          <TriggerText run={run} />
        </Field>
        <Field label={detail.executions.length > 1 ? 'Queued (this attempt)' : 'Queued'}>
          <Timestamp value={run.queuedAt} />
        </Field>
        <Field label={detail.executions.length > 1 ? 'Started (this attempt)' : 'Started'}>
          <Timestamp value={run.startedAt} />
        </Field>
        <Field label="Ended">
          <Timestamp value={run.endedAt} missing={live ? 'not yet' : 'never'} />
        </Field>
      </dl>
      <div className="mt-5">
        <RunProgress run={run} size="lg" />
      </div>
      {stopText(run) === null && run.status !== 'FAILED' && (
        <p className="mt-5 text-sm font-medium text-slate-900">{outcomeText(run)}</p>
      )}
      {stopText(run) !== null && (
        <p className="mt-5 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
          {stopText(run)}
        </p>
      )}
      {(run.failureType !== null || run.failureMessage !== null) && (
        <Alert title="This run failed" className="mt-5" announce={false}>
          <p className="break-words">{run.failureMessage ?? 'No message was recorded.'}</p>
        </Alert>
      )}
    </div>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-slate-700">{children}</dd>
    </div>
  );
}
