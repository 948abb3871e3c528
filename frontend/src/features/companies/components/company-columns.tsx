import { Link } from '@tanstack/react-router';

import type { VirtualColumn } from '@/components/ui/virtual-table';
import { countryName, formatCompactDate, formatCount, formatDateTime } from '@/lib/format';

import type { CompanyView } from '@/features/companies/api/get-companies';

/** The columns of the companies table; the name opens the company's page. */
export const companyColumns: readonly VirtualColumn<CompanyView>[] = [
  {
    id: 'name',
    header: 'Name',
    className: 'w-[26%]',
    sortable: true,
    cell: (company) => (
      <span className="flex min-w-0 items-center gap-2.5">
        <span
          aria-hidden="true"
          className="flex size-7 shrink-0 items-center justify-center rounded-md bg-slate-100 text-[0.6875rem] font-semibold text-slate-600 ring-1 ring-slate-200"
        >
          {monogramOf(company.name)}
        </span>
        <Link
          to="/companies/$companyId"
          params={{ companyId: String(company.id) }}
          title={company.name}
          className="truncate font-medium text-slate-900 hover:text-indigo-600 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {company.name}
        </Link>
      </span>
    ),
  },
  {
    id: 'domain',
    header: 'Domain',
    className: 'w-[20%]',
    cell: (company) => <Text value={company.domain} />,
  },
  {
    id: 'industry',
    header: 'Industry',
    className: 'w-[20%]',
    cell: (company) => <Text value={company.industry} />,
  },
  {
    id: 'country',
    header: 'Country',
    className: 'w-[10%]',
    cell: (company) =>
      company.country ? (
        <span title={countryName(company.country)}>{company.country}</span>
      ) : (
        <Missing />
      ),
  },
  {
    id: 'contacts',
    header: 'Contacts',
    className: 'w-[11%] text-right tabular-nums',
    cell: (company) => formatCount(company.contactCount),
  },
  {
    id: 'created',
    header: 'Created',
    className: 'w-[13%] tabular-nums',
    sortable: true,
    cell: (company) => (
      <time dateTime={company.createdAt} title={formatDateTime(company.createdAt)}>
        {formatCompactDate(company.createdAt)}
      </time>
    ),
  },
];

/** One or two letters standing in for a logo. */
export function monogramOf(name: string): string {
  const [first = '', second] = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const letters = second ? `${first.charAt(0)}${second.charAt(0)}` : first.slice(0, 2);
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
