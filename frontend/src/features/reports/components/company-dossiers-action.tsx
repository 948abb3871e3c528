import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { DocumentIcon } from '@/components/ui/icons';
import { describeSelection } from '@/components/ui/selection-bar';
import { formatCount } from '@/lib/format';
import type { RowSelection } from '@/lib/selection';

import { useStartReportOnce, type ReportRequest } from '@/features/reports/api/start-report';

type CompanyDossiersActionProps = {
  selection: RowSelection;
  /** The companies list's search: what "all matching" means. */
  /** The Companies page's search and filters (its order does not matter to a report). */
  query: { q?: string; country?: string[]; hasDomain?: boolean };
  total: { value: number; exact: boolean } | null | undefined;
};

const NOUNS = ['company', 'companies'] as const;

/** "Dossiers" for the selected companies: asks with the exact count, starts the report and opens it. */
export function CompanyDossiersAction({ selection, query, total }: CompanyDossiersActionProps) {
  const [confirming, setConfirming] = useState(false);
  if (selection.kind === 'none') {
    return null;
  }
  return (
    <>
      <Button onClick={() => setConfirming(true)}>
        <DocumentIcon className="size-4" />
        Dossiers
      </Button>
      {confirming && (
        <ConfirmDossiers selection={selection} query={query} total={total} onClose={() => setConfirming(false)} />
      )}
    </>
  );
}

function ConfirmDossiers({
  selection,
  query,
  total,
  onClose,
}: CompanyDossiersActionProps & { onClose: () => void }) {
  const start = useStartReportOnce();
  const navigate = useNavigate();
  // One key per confirmation: a retry after a lost answer starts no second report.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { count, exact, text } = describeSelection(selection, total, NOUNS);
  const body: ReportRequest =
    selection.kind === 'ids'
      ? { ids: [...selection.ids] }
      : { filter: { q: query.q || undefined, country: query.country, hasDomain: query.hasDomain } };
  const dossiers = `${exact ? '' : 'about '}${formatCount(count)} ${count === 1 && exact ? 'dossier' : 'dossiers'}`;
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Make dossiers of ${text}?`}
      description={
        selection.kind === 'all'
          ? 'One PDF per company matching the current search and filters when the report starts, rendered in the background. The report’s page follows it and offers the downloads.'
          : 'One PDF per company, rendered in the background. The report’s page follows it and offers the downloads.'
      }
    >
      {start.error && <ProblemAlert error={start.error} action="Could not start the dossiers" className="mb-4" />}
      <div className="flex justify-end gap-3">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="primary"
          disabled={start.isPending || count === 0}
          onClick={() =>
            start.mutate(
              { body, idempotencyKey },
              {
                onSuccess: (started) =>
                  void navigate({ to: '/reports/$reportId', params: { reportId: String(started.id) } }),
              },
            )
          }
        >
          {start.isPending ? 'Starting…' : `Start ${dossiers}`}
        </Button>
      </div>
    </Dialog>
  );
}
