import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DownloadIcon } from '@/components/ui/icons';
import type { RowSelection } from '@/lib/selection';

import { useExportCompanies } from '@/features/companies/api/company-selection';
import type { CompaniesQuery } from '@/features/companies/api/get-companies';

type ExportCompaniesActionProps = {
  selection: RowSelection;
  /** The list's search, filters and order: what "all matching" means. */
  query: CompaniesQuery;
};

/** "Export" for the selected companies: by id, or every company matching the filters. */
export function ExportCompaniesAction({ selection, query }: ExportCompaniesActionProps) {
  const exporter = useExportCompanies();
  if (selection.kind === 'none') {
    return null;
  }
  return (
    <>
      <Button
        disabled={exporter.isPending}
        onClick={() =>
          exporter.mutate(
            selection.kind === 'all'
              ? { kind: 'filter', query }
              : { kind: 'ids', ids: [...selection.ids], sort: query.sort },
          )
        }
      >
        <DownloadIcon className="size-4" />
        {exporter.isPending ? 'Exporting…' : 'Export'}
      </Button>
      {exporter.error && (
        <ProblemAlert
          error={exporter.error}
          action="Could not export the companies"
          onDismiss={() => exporter.reset()}
          className="w-full"
        />
      )}
    </>
  );
}
