import { Button } from '@/components/ui/button';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { Skeleton } from '@/components/ui/skeleton';
import { Timestamp } from '@/components/ui/timestamp';

import { useAuditEvents, type AuditEventView } from '@/features/audit/api/get-audit-events';

/** Audit actions in words, for a trail about one thing. */
const ACTION_WORDS: Readonly<Record<string, string>> = {
  'contact.updated': 'edited',
  'contact.deleted': 'deleted',
  'company.updated': 'edited',
  'company.deleted': 'deleted',
};

/** What happened to one contact, company or other target, newest first (owners and admins). */
export function AuditTrail({ targetType, targetId }: { targetType: string; targetId: string }) {
  const events = useAuditEvents({ targetType, targetId });
  if (events.isPending) {
    return <Skeleton className="h-12 w-full" />;
  }
  if (events.data === undefined) {
    return <ErrorFallback error={events.error} onRetry={() => void events.refetch()} />;
  }
  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <p className="text-sm text-slate-500">No changes recorded since it was created.</p>;
  }
  return (
    <>
      <ol className="space-y-3 text-sm">
        {items.map((event) => (
          <li key={event.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="w-36 shrink-0 text-slate-500">
              <Timestamp value={event.occurredAt} short />
            </span>
            <span className="text-slate-700">{describe(event)}</span>
          </li>
        ))}
      </ol>
      {events.hasNextPage && (
        <Button
          className="mt-4"
          onClick={() => void events.fetchNextPage()}
          disabled={events.isFetchingNextPage}
        >
          {events.isFetchingNextPage ? 'Loading…' : 'Older changes'}
        </Button>
      )}
    </>
  );
}

/** "ana@example.com edited title, phone". */
function describe(event: AuditEventView): string {
  const who = event.actorEmail ?? (event.actorId === null ? 'Leadline' : `User #${event.actorId}`);
  const what = ACTION_WORDS[event.action] ?? event.action;
  const fields = Array.isArray(event.details?.fields) ? (event.details.fields as unknown[]).map(String) : [];
  return fields.length > 0 ? `${who} ${what} ${fields.join(', ').replaceAll('_', ' ')}` : `${who} ${what}`;
}
