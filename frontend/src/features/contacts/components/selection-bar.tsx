import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DownloadIcon } from '@/components/ui/icons';
import { SelectionBar } from '@/components/ui/selection-bar';
import { useBackgroundRun } from '@/hooks/use-background-run';
import { formatCount } from '@/lib/format';

import type { DeleteOutcome } from '@/features/contacts/api/contact-selection';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';
import type { ContactSelection } from '@/features/contacts/utils/selection';

type ContactsSelectionBarProps = {
  selection: ContactSelection;
  total: { value: number; exact: boolean } | null | undefined;
  canDelete: boolean;
  exporting: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onExport: () => void;
  onDelete: () => void;
};

const NOUNS = ['contact', 'contacts'] as const;

/** The selection bar with what can be done with contacts: export, and delete where allowed. */
export function ContactsSelectionBar({
  canDelete,
  exporting,
  onExport,
  onDelete,
  ...bar
}: ContactsSelectionBarProps) {
  return (
    <SelectionBar nouns={NOUNS} {...bar}>
      <Button onClick={onExport} disabled={exporting}>
        <DownloadIcon className="size-4" />
        {exporting ? 'Exporting…' : 'Export selected'}
      </Button>
      {canDelete && (
        <Button variant="subtleDanger" onClick={onDelete}>
          Delete selected
        </Button>
      )}
    </SelectionBar>
  );
}

/** What the last delete did; a job's notice follows the job until it ended. */
export function DeleteNotice({ outcome, onDismiss }: { outcome: DeleteOutcome; onDismiss: () => void }) {
  const { status, done, ended, itemsDone: processed } = useBackgroundRun(
    outcome.kind === 'job' ? outcome.runId : undefined,
  );
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
