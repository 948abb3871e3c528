import { EmptyState } from '@/components/ui/empty-state';
import { ImportsIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';

export function ImportsPage() {
  return (
    <>
      <PageHeader
        title={paths.imports.label}
        description="CSV uploads and what became of each row."
      />
      <Panel className="mt-8">
        <EmptyState
          icon={<ImportsIcon className="size-6" />}
          title="Imports are not available in this build yet"
        >
          Uploading contact files and reviewing rejected rows will happen here once that part of
          Leadline ships.
        </EmptyState>
      </Panel>
    </>
  );
}
