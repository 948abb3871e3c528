import { Link } from '@tanstack/react-router';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { VirtualColumn } from '@/components/ui/virtual-table';
import { countryName, formatCompactDate, formatDateTime } from '@/lib/format';

import type { ContactView } from '@/features/contacts/api/get-contacts';
import { ATTRIBUTE_COLUMN_PREFIX } from '@/features/contacts/utils/columns';
import { formatPhone } from '@/features/contacts/utils/phone';
import {
  DEPARTMENT_LABELS,
  EMAIL_STATUS_LABELS,
  labelOf,
  SENIORITY_LABELS,
} from '@/features/contacts/utils/contacts-search';

const LINK =
  'font-medium text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** The columns of the contacts table; a company's own page leaves its Company column out. */
export function contactColumns({ showCompany }: { showCompany: boolean }): VirtualColumn<ContactView>[] {
  const columns: (VirtualColumn<ContactView> | false)[] = [
    {
      id: 'name',
      header: 'Name',
      className: showCompany ? 'w-[14%]' : 'w-[17%]',
      sortable: true,
      cell: (contact) => <ContactName contact={contact} />,
    },
    {
      id: 'email',
      header: 'E-mail',
      className: showCompany ? 'w-[16%]' : 'w-[19%]',
      cell: (contact) => <Text value={contact.email} />,
    },
    showCompany && {
      id: 'company',
      header: 'Company',
      className: 'w-[12%]',
      sortable: true,
      cell: (contact) =>
        contact.company ? (
          <Link
            to="/companies/$companyId"
            params={{ companyId: String(contact.company.id) }}
            title={contact.company.name}
            className={LINK}
          >
            {contact.company.name}
          </Link>
        ) : (
          <Missing />
        ),
    },
    {
      id: 'title',
      header: 'Title',
      className: showCompany ? 'w-[11%]' : 'w-[17%]',
      cell: (contact) => <Text value={contact.title} />,
    },
    {
      id: 'seniority',
      header: 'Seniority',
      className: 'w-[7%]',
      cell: (contact) => <Text value={contact.seniority && labelOf(SENIORITY_LABELS, contact.seniority)} />,
    },
    {
      id: 'department',
      header: 'Department',
      className: 'w-[8%]',
      cell: (contact) => <Text value={contact.department && labelOf(DEPARTMENT_LABELS, contact.department)} />,
    },
    {
      id: 'emailStatus',
      header: 'E-mail status',
      className: 'w-[8%]',
      cell: (contact) => <EmailStatusBadge status={contact.emailStatus} />,
    },
    {
      id: 'country',
      header: 'Country',
      className: 'w-[6%]',
      cell: (contact) =>
        contact.country ? (
          <span title={countryName(contact.country)}>{contact.country}</span>
        ) : (
          <Missing />
        ),
    },
    {
      id: 'phone',
      header: 'Phone',
      className: 'w-[10%] tabular-nums',
      cell: (contact) => <Text value={contact.phone && formatPhone(contact.phone)} />,
    },
    {
      id: 'created',
      header: 'Created',
      className: 'w-[8%] tabular-nums',
      sortable: true,
      cell: (contact) => (
        <time dateTime={contact.createdAt} title={formatDateTime(contact.createdAt)}>
          {formatCompactDate(contact.createdAt)}
        </time>
      ),
    },
  ];
  return columns.filter((column) => column !== false);
}

/** A column per custom attribute picked, its value as text. */
export function attributeColumns(names: readonly string[]): VirtualColumn<ContactView>[] {
  return names.map((name) => ({
    id: ATTRIBUTE_COLUMN_PREFIX + name,
    header: name,
    className: 'w-[9%]',
    cell: (contact) => <Text value={contact.attributes?.[name] ?? null} />,
  }));
}

function ContactName({ contact }: { contact: ContactView }) {
  return (
    <span className="flex min-w-0 items-center gap-2.5">
      <span
        aria-hidden="true"
        className="flex size-7 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-[0.6875rem] font-semibold text-indigo-700 ring-1 ring-indigo-100"
      >
        {initialsOf(contact)}
      </span>
      <Link
        to="/contacts/$contactId"
        params={{ contactId: String(contact.id) }}
        className="truncate font-medium text-slate-900 hover:text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        title={contact.name ?? undefined}
      >
        {contact.name ?? `Contact #${contact.id}`}
      </Link>
    </span>
  );
}

/** Two letters for the avatar: first and last name, else the start of the display name. */
export function initialsOf({ firstName, lastName, name }: Pick<ContactView, 'firstName' | 'lastName' | 'name'>) {
  const letters =
    firstName || lastName
      ? `${firstName?.charAt(0) ?? ''}${lastName?.charAt(0) ?? ''}`
      : (name ?? '').replace(/[^\p{L}\p{N}]/gu, '').slice(0, 2);
  return letters.toUpperCase() || '?';
}

const EMAIL_STATUS_TONES: Readonly<Record<string, BadgeTone>> = {
  VALID: 'emerald',
  RISKY: 'amber',
  INVALID: 'red',
  UNVERIFIED: 'slate',
  UNKNOWN: 'slate',
};

/** The e-mail check's verdict in its colour; none for a contact without an address. */
export function EmailStatusBadge({ status }: { status: string | null }) {
  if (!status) {
    return <Missing />;
  }
  return <Badge tone={EMAIL_STATUS_TONES[status] ?? 'slate'}>{labelOf(EMAIL_STATUS_LABELS, status)}</Badge>;
}

function Text({ value }: { value: string | null }) {
  return value ? <span title={value}>{value}</span> : <Missing />;
}

function Missing() {
  return (
    <span className="text-slate-300">
      <span aria-hidden="true">—</span>
      <span className="sr-only">none</span>
    </span>
  );
}
