import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

import { useDeleteUser } from '@/features/users/api/delete-user';
import type { UserView } from '@/features/users/api/get-users';

type RemoveUserDialogProps = {
  /** The user to remove; null keeps the dialog closed. */
  user: UserView | null;
  onClose: () => void;
  onRemoved: (user: UserView) => void;
};

export function RemoveUserDialog({ user, onClose, onRemoved }: RemoveUserDialogProps) {
  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      role="alertdialog"
      title={user ? `Remove ${user.displayName}?` : 'Remove user?'}
      description={
        user && (
          <>
            <span className="font-medium text-slate-700">{user.email}</span> loses access to
            this tenant at once. This cannot be undone.
          </>
        )
      }
    >
      {user && <RemoveUserActions user={user} onCancel={onClose} onRemoved={onRemoved} />}
    </Dialog>
  );
}

function RemoveUserActions({
  user,
  onCancel,
  onRemoved,
}: {
  user: UserView;
  onCancel: () => void;
  onRemoved: (user: UserView) => void;
}) {
  const deleteMutation = useDeleteUser({ onSuccess: () => onRemoved(user) });

  return (
    <div>
      {deleteMutation.error && (
        <ProblemAlert
          error={deleteMutation.error}
          action={`Could not remove ${user.email}`}
          className="mb-4"
        />
      )}
      <div className="flex justify-end gap-3">
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          variant="danger"
          disabled={deleteMutation.isPending}
          onClick={() => deleteMutation.mutate(user.id)}
        >
          {deleteMutation.isPending ? 'Removing…' : 'Remove'}
        </Button>
      </div>
    </div>
  );
}
