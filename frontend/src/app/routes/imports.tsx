import { useNavigate } from '@tanstack/react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { ImportUpload } from '@/features/imports/components/import-upload';
import { ImportsList } from '@/features/imports/components/imports-list';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';

/** Upload a CSV file (everyone but viewers), and the imports so far. */
export function ImportsPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={paths.imports.label}
        description="CSV uploads and what became of each row."
      />
      <div className="mt-8 space-y-6">
        {canImport(me) && (
          <Panel title="New import">
            <ImportUpload
              onUploaded={(view) =>
                void navigate({
                  to: paths.importDetail.path,
                  params: { importId: String(view.id) },
                })
              }
            />
          </Panel>
        )}
        <Panel title="Past imports">
          <ImportsList />
        </Panel>
      </div>
    </>
  );
}
