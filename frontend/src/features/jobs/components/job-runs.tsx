import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { JobsIcon } from '@/components/ui/icons';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';

import {
  jobRunsRefetchInterval,
  useJobRuns,
  type JobRunFilters,
  type JobRunView,
  type JobScope,
} from '@/features/jobs/api/get-job-runs';
import { JobRunsFilters } from '@/features/jobs/components/job-runs-filters';
import { RunProgress, throughputText } from '@/features/jobs/components/run-progress';
import { RunStatusBadge } from '@/features/jobs/components/run-status-badge';
import { RunSubject } from '@/features/jobs/components/run-subject';
import { jobLabel, outcomeText, startedByText } from '@/features/jobs/utils/run-describe';
import { isActive, LIVE_REFRESH_MS } from '@/features/jobs/utils/run-status';

const EMPTY_TEXT: Readonly<Record<JobScope, string>> = {
  tenant: 'Imports, enrichment and reports show their runs here once they start.',
  platform: 'Runs of every tenant and the platform’s own jobs, such as housekeepingJob, show up here.',
};

/** Runs, newest first, narrowed by the reader's filters; updates itself while any run is active. */
export function JobRuns({ scope }: { scope: JobScope }) {
  const [filters, setFilters] = useState<JobRunFilters>({});
  const runs = useJobRuns(scope, filters);
  const filtered = Object.keys(filters).length > 0;
  const live = jobRunsRefetchInterval(runs.data) !== false;
  const label = scope === 'platform' ? 'Platform runs' : 'Job runs';

  return (
    <div>
      <JobRunsFilters value={filters} onChange={setFilters} />
      <div className="mt-6">
        {runs.isPending ? (
          <JobRunsSkeleton label={label} />
        ) : runs.data === undefined ? (
          <ErrorFallback error={runs.error} onRetry={() => void runs.refetch()} />
        ) : runs.data.pages.every((page) => page.items.length === 0) ? (
          <EmptyState icon={<JobsIcon className="size-6" />} title="No job runs">
            {filtered
              ? 'Nothing matches these filters. Widen the time range or reset the filters.'
              : EMPTY_TEXT[scope]}
          </EmptyState>
        ) : (
          <>
            <LiveIndicator live={live}>
              Live: refreshing every {LIVE_REFRESH_MS / 1000} s while runs are active
            </LiveIndicator>
            <Table label={label} busy={runs.isFetching && !runs.isFetchingNextPage && !live}>
              <JobRunsHead />
              <TableBody>
                {runs.data.pages.flatMap((page) =>
                  page.items.map((run) => <JobRunRow key={run.id} run={run} scope={scope} />),
                )}
              </TableBody>
            </Table>
            {runs.hasNextPage && (
              <div className="mt-4 flex justify-center">
                <Button onClick={() => void runs.fetchNextPage()} disabled={runs.isFetchingNextPage}>
                  {runs.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </Button>
              </div>
            )}
            {runs.isError && (
              <ProblemAlert
                error={runs.error}
                action={
                  runs.isFetchNextPageError ? 'Could not load more runs' : 'Could not refresh the list'
                }
                className="mt-4"
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}

function JobRunsHead() {
  return (
    <TableHead>
      <Th>Run</Th>
      <Th>Job</Th>
      <Th>Status</Th>
      <Th>Times</Th>
      <Th>Progress</Th>
      <Th className="text-right">Throughput</Th>
    </TableHead>
  );
}

const LINK =
  // One box holding the sr-only "Run" too: an inline link's first fragment would be that 1 px span.
  'relative inline-block font-medium text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

function JobRunRow({ run, scope }: { run: JobRunView; scope: JobScope }) {
  const runId = String(run.id);
  return (
    <tr className="hover:bg-slate-50/60">
      <Td className="whitespace-nowrap">
        {scope === 'platform' ? (
          <Link to="/admin/jobs/$runId" params={{ runId }} className={LINK}>
            <span className="sr-only">Run</span> #{run.id}
          </Link>
        ) : (
          <Link to="/jobs/$runId" params={{ runId }} className={LINK}>
            <span className="sr-only">Run</span> #{run.id}
          </Link>
        )}
      </Td>
      <Td>
        <span className="block font-medium text-slate-900">
          {jobLabel(run.jobName)}
          {run.subject && (
            <>
              {': '}
              <RunSubject subject={run.subject} />
            </>
          )}
        </span>
        <span className="mt-0.5 block text-xs whitespace-nowrap text-slate-500">
          {scope === 'platform' && (
            <>{run.tenantId === null ? 'Platform' : (run.tenantName ?? `Tenant #${run.tenantId}`)} · </>
          )}
          {startedByText(run)}
        </span>
        <span className="mt-0.5 block font-mono text-xs text-slate-500">{run.jobName}</span>
      </Td>
      <Td>
        <RunStatusBadge status={run.status} />
        <span className="mt-1 block max-w-64 text-xs text-slate-500">{outcomeText(run)}</span>
      </Td>
      <Td>
        <RunTimes run={run} />
      </Td>
      <Td>
        <RunProgress run={run} />
      </Td>
      <Td className="text-right whitespace-nowrap tabular-nums">{throughputText(run)}</Td>
    </tr>
  );
}

/** When the run was queued, started and ended, one short line each. */
function RunTimes({ run }: { run: JobRunView }) {
  const times = [
    ['Queued', run.queuedAt],
    ['Started', run.startedAt],
    ['Ended', run.endedAt],
  ] as const;
  return (
    <dl className="grid grid-cols-[auto_auto] justify-start gap-x-2 text-xs leading-5">
      {times.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500">{label}</dt>
          <dd className="text-slate-700">
            <Timestamp
              value={value}
              short
              missing={label === 'Ended' && !isActive(run.status) ? 'never' : 'not yet'}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function JobRunsSkeleton({ label }: { label: string }) {
  return (
    <TableSkeleton label={label} loadingText="Loading job runs…" head={<JobRunsHead />} rows={5} columns={6}
      cellClassName="max-w-24" />
  );
}
