import { useNavigate } from '@tanstack/react-router';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DocumentIcon } from '@/components/ui/icons';

import { useStartReport } from '@/features/reports/api/start-report';

/** Starts a report of one company's dossier and opens it, where it can be downloaded once ready. */
export function DossierButton({ companyId, canStart }: { companyId: number; canStart: boolean }) {
  const start = useStartReport();
  const navigate = useNavigate();
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        disabled={!canStart || start.isPending}
        onClick={() =>
          start.mutate(
            { ids: [companyId] },
            {
              onSuccess: (started) =>
                void navigate({ to: '/reports/$reportId', params: { reportId: String(started.id) } }),
            },
          )
        }
      >
        <DocumentIcon className="size-4" />
        {start.isPending ? 'Starting…' : 'Dossier'}
      </Button>
      {start.isError && <ProblemAlert error={start.error} action="Could not start the dossier" />}
    </div>
  );
}
