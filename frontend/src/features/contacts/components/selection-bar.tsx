import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DownloadIcon } from '@/components/ui/icons';
import { formatCount } from '@/lib/format';

import { useBulkDeleteRun, type DeleteOutcome } from '@/features/contacts/api/contact-selection';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';
import type { ContactSelection } from '@/features/contacts/utils/selection';

type SelectionBarProps = {
  selection: ContactSelection;
  total: { value: number; exact: boolean } | null | undefined;
  canDelete: boolean;
  exporting: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onExport: () => void;
  onDelete: () => void;
};

/** What is selected, the way to widen it to every match, and what can be done with it. */
export function SelectionBar({
  selection,
  total,
  canDelete,
  exporting,
  onSelectAll,
  onClear,
  onExport,
  onDelete,
}: SelectionBarProps) {
  if (selection.kind === 'none') {
    return null;
  }
  const totalText = total ? `${total.exact ? '' : 'about '}${formatCount(total.value)}` : '';
  const count = selection.kind === 'ids' ? selection.ids.size : (total?.value ?? 0);
  return (
    <div
      role="region"
      aria-label="Selection"
      className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-indigo-50 px-4 py-2.5 text-sm ring-1 ring-indigo-100 ring-inset"
    >
      <p aria-live="polite" className="font-medium text-indigo-900">
        {selection.kind === 'all'
          ? `All ${totalText} contacts matching this filter are selected.`
          : `${formatCount(count)} ${count === 1 ? 'contact' : 'contacts'} selected.`}
      </p>
      {selection.kind === 'ids' && total && total.value > count && (
        <button
          type="button"
          onClick={onSelectAll}
          className="font-medium text-indigo-700 underline hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Select all {totalText} matching this filter
        </button>
      )}
      <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
        <Button onClick={onExport} disabled={exporting}>
          <DownloadIcon className="size-4" />
          {exporting ? 'Exporting…' : 'Export selected'}
        </Button>
        {canDelete && (
          <Button variant="subtleDanger" onClick={onDelete}>
            Delete selected
          </Button>
        )}
        <Button onClick={onClear}>Clear selection</Button>
      </div>
    </div>
  );
}

/** What the last delete did; a job's notice follows the job until it ended. */
export function DeleteNotice({ outcome, onDismiss }: { outcome: DeleteOutcome; onDismiss: () => void }) {
  const run = useBulkDeleteRun(outcome.kind === 'job' ? outcome.runId : undefined);
  const status = run.data?.run.status;
  const done = status === 'COMPLETED';
  const ended = done || status === 'FAILED' || status === 'STOPPED' || status === 'ABANDONED';
  const processed = run.data?.run.progress.itemsDone;
  const queryClient = useQueryClient();
  useEffect(() => {
    if (ended) {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    }
  }, [ended, queryClient]);
  if (outcome.kind === 'deleted') {
    return (
      <Alert
        tone="success"
        title={`Deleted ${formatCount(outcome.count)} ${outcome.count === 1 ? 'contact' : 'contacts'}.`}
        onDismiss={onDismiss}
        className="mt-3"
      />
    );
  }
  return (
    <Alert
      tone={ended && !done ? 'error' : 'success'}
      title={
        done
          ? `Deleted ${formatCount(processed ?? 0)} contacts.`
          : ended
            ? `The bulk delete ended ${status?.toLowerCase()}.`
            : 'Deleting the contacts in the background…'
      }
      onDismiss={onDismiss}
      className="mt-3"
    >
      <Link
        to="/jobs/$runId"
        params={{ runId: String(outcome.runId) }}
        className="font-medium underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {ended ? 'See the job' : 'Follow the job'}
      </Link>
    </Alert>
  );
}
