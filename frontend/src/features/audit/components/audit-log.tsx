import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { AuditIcon } from '@/components/ui/icons';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { formatDate, formatDateTime, formatTime } from '@/lib/format';

import {
  useAuditEvents,
  type AuditEventView,
  type AuditFilters,
} from '@/features/audit/api/get-audit-events';
import { useExportAuditEvents } from '@/features/audit/api/export-audit-events';
import { AuditFiltersForm } from '@/features/audit/components/audit-filters-form';
import { AuditTarget } from '@/features/audit/components/audit-target';

/** Who did what, newest first, narrowed by the reader's filters. */
export function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);
  const filtered = Object.keys(filters).length > 0;
  const exporter = useExportAuditEvents();

  return (
    <div>
      <AuditFiltersForm onApply={setFilters} />
      <div className="mt-4 flex flex-wrap items-center justify-end gap-3">
        <Button onClick={() => exporter.mutate(filters)} disabled={exporter.isPending}>
          {exporter.isPending ? 'Exporting…' : filtered ? 'Export these events (CSV)' : 'Export all events (CSV)'}
        </Button>
      </div>
      {exporter.isError && (
        <ProblemAlert error={exporter.error} action="Could not export the audit log" className="mt-4" />
      )}
      <div className="mt-6">
        {events.isPending ? (
          <AuditTableSkeleton />
        ) : events.data === undefined ? (
          <ErrorFallback error={events.error} onRetry={() => void events.refetch()} />
        ) : events.data.pages.every((page) => page.items.length === 0) ? (
          <EmptyState icon={<AuditIcon className="size-6" />} title="No audit events">
            {filtered
              ? 'Nothing matches these filters. Widen the time range or reset the filters.'
              : 'Sign-ins, changes, imports and jobs will be recorded here.'}
          </EmptyState>
        ) : (
          <>
            <Table label="Audit events" busy={events.isFetching && !events.isFetchingNextPage}>
              <AuditTableHead />
              <TableBody>
                {events.data.pages.flatMap((page) =>
                  page.items.map((event) => <AuditRow key={event.id} event={event} />),
                )}
              </TableBody>
            </Table>
            {events.hasNextPage && (
              <div className="mt-4 flex justify-center">
                <Button
                  onClick={() => void events.fetchNextPage()}
                  disabled={events.isFetchingNextPage}
                >
                  {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </Button>
              </div>
            )}
            {events.isError && (
              <ProblemAlert
                error={events.error}
                action={
                  events.isFetchNextPageError
                    ? 'Could not load more events'
                    : 'Could not refresh the list'
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

function AuditTableHead() {
  return (
    <TableHead>
      <Th>Time</Th>
      <Th>Actor</Th>
      <Th>Action</Th>
      <Th>Target</Th>
      <Th>IP address</Th>
      <Th>Request id</Th>
      <Th>Details</Th>
    </TableHead>
  );
}

function AuditRow({ event }: { event: AuditEventView }) {
  const details = event.details ?? {};
  const hasDetails = Object.keys(details).length > 0;
  return (
    <tr className="align-top hover:bg-slate-50/60">
      <Td className="whitespace-nowrap">
        <time dateTime={event.occurredAt} title={formatDateTime(event.occurredAt)}>
          <span className="block">{formatDate(event.occurredAt)}</span>
          <span className="block text-xs text-slate-500">{formatTime(event.occurredAt)}</span>
        </time>
      </Td>
      <Td>
        <Actor event={event} />
      </Td>
      <Td>
        <Badge tone={actionTone(event.action)}>
          <span className="font-mono">{event.action}</span>
        </Badge>
      </Td>
      <Td className="whitespace-nowrap">{event.targetType ? <AuditTarget event={event} /> : <Missing />}</Td>
      <Td className="font-mono text-xs whitespace-nowrap">{event.ip ?? <Missing />}</Td>
      <Td className="font-mono text-xs">
        {event.requestId ? (
          <span className="block max-w-40 truncate" title={event.requestId}>
            {event.requestId}
          </span>
        ) : (
          <Missing />
        )}
      </Td>
      <Td>
        {hasDetails ? (
          <details className="group">
            <summary className="cursor-pointer text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
              View
            </summary>
            <pre className="mt-2 max-w-xs overflow-x-auto rounded-md bg-slate-50 p-2 font-mono text-xs text-slate-700">
              {JSON.stringify(details, null, 2)}
            </pre>
          </details>
        ) : (
          <Missing />
        )}
      </Td>
    </tr>
  );
}

/** The actor by name with the e-mail below; the e-mail alone once the user is gone. */
function Actor({ event }: { event: AuditEventView }) {
  if (event.actorName) {
    return (
      <>
        <span className="block">{event.actorName}</span>
        {event.actorEmail && <span className="block text-xs text-slate-500">{event.actorEmail}</span>}
      </>
    );
  }
  if (event.actorEmail) {
    return <span>{event.actorEmail}</span>;
  }
  return (
    <span className="text-slate-500">{event.actorId === null ? 'System' : `User #${event.actorId}`}</span>
  );
}

function Missing() {
  return (
    <span className="text-slate-500">
      <span aria-hidden="true">—</span>
      <span className="sr-only">none</span>
    </span>
  );
}

function actionTone(action: string): BadgeTone {
  if (
    action === 'login.failed' ||
    action === 'refresh_token.reused' ||
    action.endsWith('.deleted')
  ) {
    return 'red';
  }
  if (action === 'login.succeeded' || action.endsWith('.created')) {
    return 'emerald';
  }
  if (action.endsWith('.role_changed') || action.endsWith('.updated')) {
    return 'amber';
  }
  return 'slate';
}

function AuditTableSkeleton() {
  return (
    <TableSkeleton label="Audit events" loadingText="Loading audit events…" head={<AuditTableHead />} rows={6}
      columns={7} cellClassName="max-w-28" />
  );
}
