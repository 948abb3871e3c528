import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { OverviewDashboard } from '@/features/overview/components/overview-dashboard';
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
    </>
  );
}
