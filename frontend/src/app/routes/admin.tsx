import { Forbidden } from '@/app/routes/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { JobRuns } from '@/features/jobs/components/job-runs';
import { PlatformJobs } from '@/features/jobs/components/platform-jobs';
import { SystemStatus } from '@/features/system-status/components/system-status';
import { CreateTenantForm } from '@/features/tenants/components/create-tenant-form';
import { TenantsList } from '@/features/tenants/components/tenants-list';
import { useCurrentUser } from '@/lib/auth';
import { canAdministerPlatform } from '@/lib/authorization';

export function AdminPage() {
  const me = useCurrentUser();
  if (!canAdministerPlatform(me)) {
    return (
      <Forbidden
        title={paths.admin.label}
        reason="Only platform administrators can manage the tenants of this installation."
      />
    );
  }
  return (
    <>
      <PageHeader
        title={paths.admin.label}
        description="The tenants of this Leadline installation and the jobs it runs."
      />
      <div className="mt-8 grid grid-cols-1 gap-6 xl:grid-cols-5">
        <Panel title="Tenants" className="xl:col-span-3">
          <TenantsList />
        </Panel>
        <Panel
          title="New tenant"
          description="Creates the tenant and its first owner."
          className="xl:col-span-2"
        >
          <CreateTenantForm />
        </Panel>
        <Panel
          title="Platform jobs"
          description="Start one of the platform’s own jobs now instead of waiting for its schedule."
          className="xl:col-span-5"
        >
          <PlatformJobs />
        </Panel>
        <Panel
          title="Platform runs"
          description="Every tenant’s job runs and the platform’s own, such as housekeepingJob, newest first."
          className="xl:col-span-5"
        >
          <JobRuns scope="platform" />
        </Panel>
        <Panel
          title="System status"
          description="Answer from the API at /api/v1/status"
          className="xl:col-span-2"
        >
          <SystemStatus />
        </Panel>
      </div>
    </>
  );
}
