import { Forbidden } from '@/app/routes/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { AuditLog } from '@/features/audit/components/audit-log';
import { useCurrentUser } from '@/lib/auth';
import { canManageTenant } from '@/lib/authorization';

export function AuditPage() {
  const me = useCurrentUser();
  if (!canManageTenant(me)) {
    return (
      <Forbidden
        title={paths.audit.label}
        reason={`Only owners and admins of ${me.tenant.name} can read its audit log.`}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={paths.audit.label}
        description="Sign-ins, changes, imports, jobs and exports in this tenant, newest first."
      />
      <Panel className="mt-8">
        <AuditLog />
      </Panel>
    </>
  );
}
