import { Link } from '@tanstack/react-router';

import type { VirtualColumn } from '@/components/ui/virtual-table';
import { countryName, formatCompactDate, formatDateTime } from '@/lib/format';

import type { ContactView } from '@/features/contacts/api/get-contacts';

const LINK =
  'font-medium text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** The columns of the contacts table; a company's own page leaves its Company column out. */
export function contactColumns({ showCompany }: { showCompany: boolean }): VirtualColumn<ContactView>[] {
  const columns: (VirtualColumn<ContactView> | false)[] = [
    {
      id: 'name',
      header: 'Name',
      className: showCompany ? 'w-[18%]' : 'w-[22%]',
      sortable: true,
      cell: (contact) => <ContactName contact={contact} />,
    },
    {
      id: 'email',
      header: 'E-mail',
      className: showCompany ? 'w-[20%]' : 'w-[23%]',
      cell: (contact) => <Text value={contact.email} />,
    },
    showCompany && {
      id: 'company',
      header: 'Company',
      className: 'w-[15%]',
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
      className: showCompany ? 'w-[12%]' : 'w-[20%]',
      cell: (contact) => <Text value={contact.title} />,
    },
    {
      id: 'country',
      header: 'Country',
      className: 'w-[8%]',
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
      className: 'w-[16%] tabular-nums',
      cell: (contact) => <Text value={contact.phone} />,
    },
    {
      id: 'created',
      header: 'Created',
      className: 'w-[11%] tabular-nums',
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

function ContactName({ contact }: { contact: ContactView }) {
  return (
    <span className="flex min-w-0 items-center gap-2.5">
      <span
        aria-hidden="true"
        className="flex size-7 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-[0.6875rem] font-semibold text-indigo-700 ring-1 ring-indigo-100"
      >
        {initialsOf(contact)}
      </span>
      <span className="truncate font-medium text-slate-900" title={contact.name ?? undefined}>
        {contact.name}
      </span>
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
