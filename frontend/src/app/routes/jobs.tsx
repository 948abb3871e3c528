import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { JobRuns } from '@/features/jobs/components/job-runs';

export function JobsPage() {
  return (
    <>
      <PageHeader
        title={paths.jobs.label}
        description="Batch runs for imports, enrichment and reports, newest first."
      />
      <Panel className="mt-8">
        <JobRuns scope="tenant" />
      </Panel>
    </>
  );
}
