import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatCount } from '@/lib/format';

import { useDeleteContacts, type DeleteOutcome } from '@/features/contacts/api/contact-selection';
import type { ContactsQuery } from '@/features/contacts/api/get-contacts';
import type { ContactSelection } from '@/features/contacts/utils/selection';

type BulkDeleteDialogProps = {
  selection: ContactSelection;
  /** The list's query: what "all matching" means. */
  query: ContactsQuery;
  total: { value: number; exact: boolean } | null | undefined;
  onClose: () => void;
  onDone: (outcome: DeleteOutcome) => void;
};

/** Asks before deleting, naming exactly how many contacts go. */
export function BulkDeleteDialog({ selection, query, total, onClose, onDone }: BulkDeleteDialogProps) {
  const remove = useDeleteContacts();
  // One key per confirmation: a retry after a lost answer starts no second job.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  if (selection.kind === 'none') {
    return null;
  }
  const all = selection.kind === 'all';
  const count = all ? (total?.value ?? 0) : selection.ids.size;
  const noun = count === 1 ? 'contact' : 'contacts';
  const title = all
    ? total?.exact === false
      ? `Delete about ${formatCount(count)} contacts matching this filter?`
      : `Delete all ${formatCount(count)} ${noun} matching this filter?`
    : `Delete ${formatCount(count)} selected ${noun}?`;
  return (
    <Dialog
      open
      onClose={onClose}
      role="alertdialog"
      title={title}
      description={
        all
          ? 'A background job deletes every contact matching the current search and filters now; contacts added later are kept. This cannot be undone.'
          : 'The selected contacts are deleted with their custom attributes and enriched fields. This cannot be undone.'
      }
    >
      {remove.error && <ProblemAlert error={remove.error} action="Could not delete the contacts" className="mb-4" />}
      <div className="flex justify-end gap-3">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(
              all
                ? { kind: 'filter', query, idempotencyKey }
                : { kind: 'ids', ids: [...selection.ids] },
              { onSuccess: onDone },
            )
          }
        >
          {remove.isPending ? 'Deleting…' : `Delete ${formatCount(count)} ${noun}`}
        </Button>
      </div>
    </Dialog>
  );
}
