import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

import { useDeleteContact } from '@/features/contacts/api/delete-contact';
import type { ContactDetailView } from '@/features/contacts/api/get-contact';

type DeleteContactDialogProps = {
  /** The contact to delete; null keeps the dialog closed. */
  contact: ContactDetailView | null;
  onClose: () => void;
  onDeleted: () => void;
};

export function DeleteContactDialog({ contact, onClose, onDeleted }: DeleteContactDialogProps) {
  return (
    <Dialog
      open={contact !== null}
      onClose={onClose}
      role="alertdialog"
      title={contact ? `Delete ${contact.name ?? `contact #${contact.id}`}?` : 'Delete contact?'}
      description="The contact is removed with its custom attributes and enriched fields. This cannot be undone."
    >
      {contact && <DeleteActions id={contact.id} onCancel={onClose} onDeleted={onDeleted} />}
    </Dialog>
  );
}

function DeleteActions({ id, onCancel, onDeleted }: { id: number; onCancel: () => void; onDeleted: () => void }) {
  const remove = useDeleteContact({ onSuccess: onDeleted });
  return (
    <div>
      {remove.error && <ProblemAlert error={remove.error} action="Could not delete the contact" className="mb-4" />}
      <div className="flex justify-end gap-3">
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="danger" disabled={remove.isPending} onClick={() => remove.mutate(id)}>
          {remove.isPending ? 'Deleting…' : 'Delete contact'}
        </Button>
      </div>
    </div>
  );
}
