import { useId, useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatCount } from '@/lib/format';
import type { RowSelection } from '@/lib/selection';

import { useDeleteSelectedCompanies, type CompaniesDeleted } from '@/features/companies/api/company-selection';

type DeleteCompaniesActionProps = {
  selection: RowSelection;
  /** Empties the selection once the companies are gone. */
  clear: () => void;
};

/**
 * "Delete" for companies picked by id, after a confirmation naming the count. "All matching"
 * cannot be deleted: the API deletes up to 1,000 picked companies and has no job for more.
 */
export function DeleteCompaniesAction({ selection, clear }: DeleteCompaniesActionProps) {
  const [confirming, setConfirming] = useState(false);
  const reasonId = useId();
  if (selection.kind === 'none') {
    return null;
  }
  if (selection.kind === 'all') {
    return (
      <>
        <Button variant="subtleDanger" disabled aria-describedby={reasonId}>
          Delete
        </Button>
        <span id={reasonId} className="text-xs text-slate-600">
          Delete works on picked rows only (up to 1,000), not on all matching.
        </span>
      </>
    );
  }
  return (
    <>
      <Button variant="subtleDanger" onClick={() => setConfirming(true)}>
        Delete
      </Button>
      {confirming && (
        <ConfirmDelete
          ids={[...selection.ids]}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            clear();
          }}
        />
      )}
    </>
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
