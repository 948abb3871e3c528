import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useBackgroundRun } from '@/hooks/use-background-run';
import { formatCount } from '@/lib/format';
import type { RowSelection } from '@/lib/selection';

import {
  useBulkDeleteCompanies,
  useDeleteSelectedCompanies,
  type CompaniesDeleted,
} from '@/features/companies/api/company-selection';
import { companiesQueryKey, type CompaniesQuery } from '@/features/companies/api/get-companies';

type DeleteCompaniesActionProps = {
  selection: RowSelection;
  /** The list's search and filters: what "all matching" means. */
  query: CompaniesQuery;
  total: { value: number; exact: boolean } | null | undefined;
  /** Owners and admins may delete all matching a filter (a background job). */
  canDeleteAll: boolean;
  /** Empties the selection once the companies are gone. */
  clear: () => void;
};

/**
 * "Delete" for the selected companies, after a confirmation naming the count: picked rows at
 * once, all matching the filter by a background job (owners and admins).
 */
export function DeleteCompaniesAction({ selection, query, total, canDeleteAll, clear }: DeleteCompaniesActionProps) {
  const [confirming, setConfirming] = useState(false);
  const reasonId = useId();
  if (selection.kind === 'none') {
    return null;
  }
  if (selection.kind === 'all' && !canDeleteAll) {
    return (
      <>
        <Button variant="subtleDanger" disabled aria-describedby={reasonId}>
          Delete
        </Button>
        <span id={reasonId} className="text-xs text-slate-600">
          Only owners and admins can delete all companies matching a filter.
        </span>
      </>
    );
  }
  const done = () => {
    setConfirming(false);
    clear();
  };
  return (
    <>
      <Button variant="subtleDanger" onClick={() => setConfirming(true)}>
        Delete
      </Button>
      {confirming &&
        (selection.kind === 'all' ? (
          <ConfirmDeleteAll query={query} total={total} onClose={() => setConfirming(false)} onDone={done} />
        ) : (
          <ConfirmDelete ids={[...selection.ids]} onClose={() => setConfirming(false)} onDone={done} />
        ))}
    </>
  );
}

/**
 * Asks before deleting all matching, then follows the job until it ends (closing leaves it
 * running).
 */
function ConfirmDeleteAll({
  query,
  total,
  onClose,
  onDone,
}: {
  query: CompaniesQuery;
  total: { value: number; exact: boolean } | null | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const start = useBulkDeleteCompanies();
  // One key per confirmation: a retry after a lost answer starts no second job.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const runId = start.data?.id;
  if (runId !== undefined) {
    return <BulkDeleteProgress runId={runId} onDone={onDone} />;
  }
  const count = total?.value ?? 0;
  const noun = count === 1 ? 'company' : 'companies';
  return (
    <Dialog
      open
      onClose={onClose}
      role="alertdialog"
      title={
        total?.exact === false
          ? `Delete about ${formatCount(count)} companies matching this filter?`
          : `Delete all ${formatCount(count)} ${noun} matching this filter?`
      }
      description="A background job deletes every company matching the current search and filters now; companies added later are kept. Their contacts are kept, unlinked from the company. This cannot be undone."
    >
      {start.error && <ProblemAlert error={start.error} action="Could not delete the companies" className="mb-4" />}
      <div className="flex justify-end gap-3">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="danger"
          disabled={start.isPending}
          onClick={() => start.mutate({ query, idempotencyKey })}
        >
          {start.isPending ? 'Starting…' : `Delete ${formatCount(count)} ${noun}`}
        </Button>
      </div>
    </Dialog>
  );
}

function BulkDeleteProgress({ runId, onDone }: { runId: number; onDone: () => void }) {
  const { status, done, ended, itemsDone } = useBackgroundRun(runId);
  const queryClient = useQueryClient();
  useEffect(() => {
    if (ended) {
      // Contacts lost their company too.
      void queryClient.invalidateQueries({ queryKey: companiesQueryKey });
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
    }
  }, [ended, queryClient]);
  const deleted = itemsDone ?? 0;
  return (
    <Dialog
      open
      onClose={onDone}
      title={
        done
          ? `Deleted ${formatCount(deleted)} ${deleted === 1 ? 'company' : 'companies'}.`
          : ended
            ? `The bulk delete ended ${status?.toLowerCase()}.`
            : 'Deleting the companies in the background…'
      }
      description={
        done
          ? 'Their contacts were kept, now without a company.'
          : ended
            ? 'Companies deleted before it ended stay deleted; the job page says why it ended.'
            : 'You can close this: the job goes on, and the Jobs page follows it.'
      }
    >
      <div className="flex items-center justify-end gap-4">
        <Link
          to="/jobs/$runId"
          params={{ runId: String(runId) }}
          className="text-sm font-medium text-indigo-700 underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {ended ? 'See the job' : 'Follow the job'}
        </Link>
        <Button variant="primary" onClick={onDone}>
          Close
        </Button>
      </div>
    </Dialog>
  );
}

function ConfirmDelete({ ids, onClose, onDone }: { ids: number[]; onClose: () => void; onDone: () => void }) {
  const remove = useDeleteSelectedCompanies();
  const [outcome, setOutcome] = useState<CompaniesDeleted>();
  const count = ids.length;
  const noun = count === 1 ? 'company' : 'companies';
  if (outcome) {
    const contacts = outcome.contactsUnlinked;
    return (
      <Dialog
        open
        onClose={onDone}
        title={`Deleted ${formatCount(outcome.deleted)} ${outcome.deleted === 1 ? 'company' : 'companies'}.`}
        description={
          contacts === 0
            ? 'No contact belonged to them.'
            : `${formatCount(contacts)} ${contacts === 1 ? 'contact was' : 'contacts were'} kept, now without a company.`
        }
      >
        <div className="flex justify-end">
          <Button variant="primary" onClick={onDone}>
            Close
          </Button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog
      open
      onClose={onClose}
      role="alertdialog"
      title={`Delete ${formatCount(count)} selected ${noun}?`}
      description={`The selected ${noun} ${count === 1 ? 'is' : 'are'} deleted. Their contacts are kept, unlinked from the company. This cannot be undone.`}
    >
      {remove.error && <ProblemAlert error={remove.error} action="Could not delete the companies" className="mb-4" />}
      <div className="flex justify-end gap-3">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(ids, { onSuccess: setOutcome })}
        >
          {remove.isPending ? 'Deleting…' : `Delete ${formatCount(count)} ${noun}`}
        </Button>
      </div>
    </Dialog>
  );
}
