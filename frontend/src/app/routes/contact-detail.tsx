import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';

import { parsePathId } from '@/app/path-id';
import { NotFoundPage } from '@/app/routes/not-found';
import { ArrowLeftIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { AuditTrail } from '@/features/audit/components/audit-trail';
import { ContactDetail } from '@/features/contacts/components/contact-detail';
import { EnrichedFields } from '@/features/enrichment/components/enriched-fields';
import { useCurrentUser } from '@/lib/auth';
import { canImport, canManageTenant } from '@/lib/authorization';

const route = getRouteApi('/app/contacts/$contactId');

/** One contact with its enriched fields and, for owners and admins, its audit trail. */
export function ContactDetailPage() {
  const { contactId } = route.useParams();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const id = parsePathId(contactId);
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <Link
        to={paths.contacts.path}
        className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-slate-500 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        <ArrowLeftIcon className="size-4" />
        All contacts
      </Link>
      <ContactDetail
        key={id}
        contactId={id}
        canEdit={canImport(me)}
        onDeleted={() => void navigate({ to: paths.contacts.path, replace: true })}
      >
        <Panel
          title="Enrichment"
          description="Values found by enrichment runs, with their source and the day they were found."
          className="mt-6"
        >
          <EnrichedFields entity="contact" id={id} />
        </Panel>
        {canManageTenant(me) && (
          <Panel title="History" description="Changes to this contact, newest first." className="mt-6">
            <AuditTrail targetType="contact" targetId={String(id)} />
          </Panel>
        )}
      </ContactDetail>
    </>
  );
}
