import { Forbidden } from '@/app/routes/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { UsersDirectory } from '@/features/users/components/users-directory';
import { useCurrentUser } from '@/lib/auth';
import { canManageTenant } from '@/lib/authorization';

export function UsersPage() {
  const me = useCurrentUser();
  if (!canManageTenant(me)) {
    return (
      <Forbidden
        title={paths.users.label}
        reason={`Only owners and admins of ${me.tenant.name} can manage its users.`}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={paths.users.label}
        description="Who can sign in to this tenant, and what each of them may do."
      />
      <Panel className="mt-8">
        <UsersDirectory />
      </Panel>
    </>
  );
}
