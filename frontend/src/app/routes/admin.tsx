import { EmptyState } from '@/components/ui/empty-state';
import { AdminIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';

export function AdminPage() {
  return (
    <>
      <PageHeader
        title={paths.admin.label}
        description="Users, roles and workspace settings."
      />
      <Panel className="mt-8">
        <EmptyState
          icon={<AdminIcon className="size-6" />}
          title="Administration is not available in this build yet"
        >
          Managing users, roles and API access will happen here once that part of Leadline ships.
        </EmptyState>
      </Panel>
    </>
  );
}
