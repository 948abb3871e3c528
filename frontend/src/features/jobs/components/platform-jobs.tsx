import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { Skeleton } from '@/components/ui/skeleton';

import {
  usePlatformJobs,
  useTriggerPlatformJob,
  type RunAcceptedView,
} from '@/features/jobs/api/trigger-platform-job';
import { jobLabel } from '@/features/jobs/utils/run-describe';

/** What each platform job does, for the confirmation. */
const WHAT_IT_DOES: Readonly<Record<string, string>> = {
  housekeepingJob:
    'Removes expired sessions and rate-limit buckets, old finished runs, expired import and report files, and releases credits held by runs that ended, as the nightly schedule does.',
  nightlyEnrichmentJob: 'For each tenant that switched nightly enrichment on, starts a run per chosen stage, charged to that tenant’s credits.',
};

type Started = { jobName: string; run: RunAcceptedView };

/** The platform's own jobs, each startable now after a confirmation; the started run is linked. */
export function PlatformJobs() {
  const jobs = usePlatformJobs();
  const trigger = useTriggerPlatformJob();
  const [confirming, setConfirming] = useState<{ jobName: string; key: string } | null>(null);
  const [started, setStarted] = useState<Started | null>(null);

  if (jobs.isPending) {
    return <Skeleton className="h-9 w-64" />;
  }
  if (jobs.data === undefined) {
    return <ErrorFallback error={jobs.error} onRetry={() => void jobs.refetch()} />;
  }

  function confirm(jobName: string) {
    trigger.reset();
    setConfirming({ jobName, key: crypto.randomUUID() });
  }

  function start() {
    if (!confirming) {
      return;
    }
    const { jobName, key } = confirming;
    trigger.mutate(
      { jobName, idempotencyKey: key },
      {
        onSuccess: (run) => {
          setConfirming(null);
          setStarted({ jobName, run });
        },
      },
    );
  }

  return (
    <div>
      <ul className="flex flex-wrap gap-3">
        {jobs.data.map((jobName) => (
          <li key={jobName}>
            <Button onClick={() => confirm(jobName)}>Run {jobLabel(jobName).toLowerCase()} now</Button>
          </li>
        ))}
      </ul>
      {started && (
        <Alert
          tone="success"
          title={`${jobLabel(started.jobName)} ${started.run.created ? 'started' : 'was already started'}`}
          onDismiss={() => setStarted(null)}
          className="mt-4"
        >
          Follow it on{' '}
          <Link
            to="/admin/jobs/$runId"
            params={{ runId: String(started.run.id) }}
            className="font-medium underline"
          >
            run #{started.run.id}
          </Link>
          .
        </Alert>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        role="alertdialog"
        title={confirming ? `Run ${jobLabel(confirming.jobName).toLowerCase()} now?` : 'Run now?'}
        description={confirming ? (WHAT_IT_DOES[confirming.jobName] ?? confirming.jobName) : undefined}
      >
        {trigger.isError && (
          <ProblemAlert error={trigger.error} action="Could not start the job" className="mb-4" />
        )}
        <div className="flex justify-end gap-3">
          <Button onClick={() => setConfirming(null)}>Cancel</Button>
          <Button variant="primary" disabled={trigger.isPending} onClick={start}>
            {trigger.isPending ? 'Starting…' : 'Run now'}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
