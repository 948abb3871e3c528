import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { DetailPageSkeleton } from '@/components/ui/detail-page-skeleton';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { Timestamp } from '@/components/ui/timestamp';
import { countryName } from '@/lib/format';

import { useContact, type ContactDetailView } from '@/features/contacts/api/get-contact';
import { EmailStatusBadge } from '@/features/contacts/components/contact-columns';
import { formatPhone } from '@/features/contacts/utils/phone';
import { DeleteContactDialog } from '@/features/contacts/components/delete-contact-dialog';
import { EditContactDialog } from '@/features/contacts/components/edit-contact-dialog';
import {
  DEPARTMENT_LABELS,
  labelOf,
  SENIORITY_LABELS,
} from '@/features/contacts/utils/contacts-search';

const LINK =
  'font-medium text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

type ContactDetailProps = {
  contactId: number;
  /** Owners, admins and members edit and delete; viewers only read. */
  canEdit: boolean;
  /** Called once the contact is deleted. */
  onDeleted: () => void;
  /** Panels shown below the contact once it has loaded (enrichment, audit trail). */
  children?: ReactNode;
};

/** One contact: every field, custom attributes, the imports it came from; edit and delete. */
export function ContactDetail({ contactId, canEdit, onDeleted, children }: ContactDetailProps) {
  const query = useContact(contactId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (query.isPending) {
    return <DetailPageSkeleton title={`Contact #${contactId}`} loading={`contact #${contactId}`} />;
  }
  if (query.data === undefined) {
    return (
      <>
        <PageHeader title={`Contact #${contactId}`} />
        <div className="mt-8">
          <ErrorFallback error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }

  const contact = query.data;
  return (
    <>
      <PageHeader
        title={contact.name ?? `Contact #${contact.id}`}
        description={describe(contact)}
        actions={
          canEdit && (
            <div className="flex gap-2">
              <Button onClick={() => setEditing(true)}>Edit</Button>
              <Button variant="subtleDanger" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            </div>
          )
        }
      />
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Panel title="Details" className="lg:col-span-2">
          <ContactFacts contact={contact} />
        </Panel>
        <div className="flex flex-col gap-6">
          <Panel title="Custom attributes">
            <Attributes attributes={contact.attributes} />
          </Panel>
          <Panel title="Source">
            <Source contact={contact} />
          </Panel>
        </div>
      </div>
      {children}
      {editing && <EditContactDialog contact={contact} onClose={() => setEditing(false)} />}
      <DeleteContactDialog
        contact={deleting ? contact : null}
        onClose={() => setDeleting(false)}
        onDeleted={onDeleted}
      />
    </>
  );
}

function ContactFacts({ contact }: { contact: ContactDetailView }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
      <Fact label="E-mail">
        {contact.email && (
          <a href={`mailto:${contact.email}`} title={contact.email} className={LINK}>
            {contact.email}
          </a>
        )}
      </Fact>
      <Fact label="E-mail status">
        {contact.emailStatus && <EmailStatusBadge status={contact.emailStatus} />}
      </Fact>
      <Fact label="Phone">
        {contact.phone && (
          <a href={`tel:${contact.phone}`} className={`${LINK} tabular-nums`}>
            {formatPhone(contact.phone)}
          </a>
        )}
      </Fact>
      <Fact label="First name">{contact.firstName}</Fact>
      <Fact label="Last name">{contact.lastName}</Fact>
      <Fact label="Title">{contact.title}</Fact>
      <Fact label="Company">
        {contact.company && (
          <Link to="/companies/$companyId" params={{ companyId: String(contact.company.id) }} className={LINK}>
            {contact.company.name}
          </Link>
        )}
      </Fact>
      <Fact label="Seniority">{contact.seniority && labelOf(SENIORITY_LABELS, contact.seniority)}</Fact>
      <Fact label="Department">{contact.department && labelOf(DEPARTMENT_LABELS, contact.department)}</Fact>
      <Fact label="City">{contact.city}</Fact>
      <Fact label="Country">{contact.country && countryName(contact.country)}</Fact>
      <Fact label="LinkedIn">
        {contact.linkedinUrl && (
          <a href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer" className={LINK}>
            {contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
      </Fact>
      <Fact label="Created">
        <Timestamp value={contact.createdAt} />
      </Fact>
      <Fact label="Updated">
        <Timestamp value={contact.updatedAt} />
      </Fact>
    </dl>
  );
}

function Attributes({ attributes }: { attributes: ContactDetailView['attributes'] }) {
  const entries = Object.entries(attributes ?? {}).filter(([, value]) => value !== null && value !== '');
  if (entries.length === 0) {
    return <p className="text-sm text-slate-500">No custom attributes.</p>;
  }
  return (
    <dl className="grid grid-cols-1 gap-y-4 text-sm">
      {entries.map(([name, value]) => (
        <Fact key={name} label={name}>
          {typeof value === 'string' ? value : JSON.stringify(value)}
        </Fact>
      ))}
    </dl>
  );
}

function Source({ contact }: { contact: ContactDetailView }) {
  const { sourceImportId, lastImportId } = contact;
  if (sourceImportId == null && lastImportId == null) {
    return <p className="text-sm text-slate-500">Added by hand or through the API, not by an import.</p>;
  }
  return (
    <dl className="grid grid-cols-1 gap-y-4 text-sm">
      {sourceImportId != null && (
        <Fact label="Imported by">
          <ImportLink id={sourceImportId} />
        </Fact>
      )}
      {lastImportId != null && lastImportId !== sourceImportId && (
        <Fact label="Last updated by">
          <ImportLink id={lastImportId} />
        </Fact>
      )}
    </dl>
  );
}

function ImportLink({ id }: { id: number }) {
  return (
    <Link to="/imports/$importId" params={{ importId: String(id) }} className={LINK}>
      Import #{id}
    </Link>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 truncate text-slate-700">
        {children === null || children === undefined || children === '' || children === false ? (
          <span className="text-slate-500">
            <span aria-hidden="true">—</span>
            <span className="sr-only">unknown</span>
          </span>
        ) : (
          children
        )}
      </dd>
    </div>
  );
}

/** "Chief Analyst at Acme · London, United Kingdom": what is known, in one line. */
function describe(contact: ContactDetailView): string {
  const role = [contact.title, contact.company?.name].filter(Boolean).join(' at ');
  const place = [contact.city, contact.country && countryName(contact.country)].filter(Boolean).join(', ');
  return [role, place].filter(Boolean).join(' · ');
}
