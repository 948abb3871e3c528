import { useEffect, useRef } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { AlertIcon, InfoIcon, XCircleIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';

import { useJobRunEvents, type JobRunEventView } from '@/features/jobs/api/get-job-run-events';
import type { JobScope } from '@/features/jobs/api/get-job-runs';

const LEVELS = {
  info: { Icon: InfoIcon, colour: 'text-sky-500', label: 'Info' },
  warning: { Icon: AlertIcon, colour: 'text-amber-500', label: 'Warning' },
  error: { Icon: XCircleIcon, colour: 'text-red-500', label: 'Error' },
} as const;

function levelOf(level: string) {
  return LEVELS[level as keyof typeof LEVELS] ?? { ...LEVELS.info, label: level };
}

type RunEventsProps = {
  /** `tenant` reads the log through `/api/v1/jobs…`, `platform` through `/api/v1/admin/jobs…`. */
  scope: JobScope;
  runId: number;
  /** While the run is active the log grows: ask again every couple of seconds. */
  live: boolean;
};

/** The run's own log, oldest first: state changes, warnings, skipped items and why. */
export function RunEvents({ scope, runId, live }: RunEventsProps) {
  const events = useJobRunEvents(scope, runId, { live });
  const { refetch } = events;

  // The last poll may have come just before the run's final events were written.
  const wasLive = useRef(live);
  useEffect(() => {
    if (wasLive.current && !live) {
      void refetch();
    }
    wasLive.current = live;
  }, [live, refetch]);

  if (events.isPending) {
    return (
      <div role="status" aria-live="polite" className="space-y-3">
        <span className="sr-only">Loading events…</span>
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-5 w-full" />
        ))}
      </div>
    );
  }
  if (events.data === undefined) {
    return <ErrorFallback error={events.error} onRetry={() => void refetch()} />;
  }
  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <p className="text-sm text-slate-500">Nothing has been logged for this run yet.</p>;
  }
  return (
    <>
      <Table label="Events">
        <TableHead>
          <Th>
            <span className="sr-only">Level</span>
          </Th>
          <Th>Time</Th>
          <Th>Kind</Th>
          <Th>Message</Th>
        </TableHead>
        <TableBody>
          {items.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </TableBody>
      </Table>
      {events.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <Button onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
            {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
      {events.isError && (
        <ProblemAlert
          error={events.error}
          action={
            events.isFetchNextPageError ? 'Could not load more events' : 'Could not refresh the events'
          }
          className="mt-4"
        />
      )}
    </>
  );
}

function EventRow({ event }: { event: JobRunEventView }) {
  const { Icon, colour, label } = levelOf(event.level);
  const hasDetails = Object.keys(event.details).length > 0;
  return (
    <tr className="align-top">
      <Td className="w-0 pr-0">
        <span className="inline-flex" title={label}>
          <Icon className={`size-5 ${colour}`} />
          <span className="sr-only">{label}</span>
        </span>
      </Td>
      <Td className="w-0">
        <Timestamp value={event.occurredAt} />
      </Td>
      <Td className="w-0 font-mono text-xs whitespace-nowrap text-slate-900">{event.kind}</Td>
      <Td>
        <p className="break-words">{event.message}</p>
        {hasDetails && (
          <details className="mt-1">
            <summary className="cursor-pointer text-xs text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
              Details
            </summary>
            <pre className="mt-2 max-w-xl overflow-x-auto rounded-md bg-slate-50 p-2 font-mono text-xs text-slate-700">
              {JSON.stringify(event.details, null, 2)}
            </pre>
          </details>
        )}
      </Td>
    </tr>
  );
}
