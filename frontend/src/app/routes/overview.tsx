import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { OverviewDashboard } from '@/features/overview/components/overview-dashboard';
import { SystemStatus } from '@/features/system-status/components/system-status';
import { useCurrentUser } from '@/lib/auth';

export function OverviewPage() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={paths.overview.label}
        description={`Welcome back, ${me.displayName}. Here is how ${me.tenant.name} is doing.`}
      />
      <div className="mt-8">
        <OverviewDashboard />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Panel title="System status" description="Answer from the API at /api/v1/status">
          <SystemStatus />
        </Panel>
      </div>
    </>
  );
}
