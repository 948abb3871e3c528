import { EmptyState } from '@/components/ui/empty-state';
import { JobsIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';

export function JobsPage() {
  return (
    <>
      <PageHeader
        title={paths.jobs.label}
        description="Batch runs for imports, enrichment and reports."
      />
      <Panel className="mt-8">
        <EmptyState
          icon={<JobsIcon className="size-6" />}
          title="Jobs are not available in this build yet"
        >
          Progress, failures and restarts of batch jobs will be shown here once that part of
          Leadline ships.
        </EmptyState>
      </Panel>
    </>
  );
}
