import type { ReactNode } from 'react';

import { DetailPageSkeleton } from '@/components/ui/detail-page-skeleton';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { GlobeIcon, SparklesIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { Timestamp } from '@/components/ui/timestamp';
import { countryName, formatCount, formatShare } from '@/lib/format';
import { websiteUrl } from '@/lib/urls';

import { useCompany, type CompanyDetailView } from '@/features/companies/api/get-company';

type CompanyDetailProps = {
  companyId: number;
  /** The company's contacts, shown once the company itself has loaded. */
  contacts: ReactNode;
  /** Actions beside the website link, e.g. the Dossier button. */
  actions?: ReactNode;
};

/** One company: who it is, how complete its contacts are, and the contacts themselves. */
export function CompanyDetail({ companyId, contacts, actions }: CompanyDetailProps) {
  const query = useCompany(companyId);

  if (query.isPending) {
    return <DetailPageSkeleton title={`Company #${companyId}`} loading={`company #${companyId}`} />;
  }
  if (query.data === undefined) {
    return (
      <>
        <PageHeader title={`Company #${companyId}`} />
        <div className="mt-8">
          <ErrorFallback error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }

  const company = query.data;
  const website = websiteUrl(company.website);
  return (
    <>
      <PageHeader
        title={company.name}
        description={describe(company)}
        actions={
          <div className="flex items-start gap-2">
            {website && (
              <a
                href={website.href}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              >
                <GlobeIcon className="size-4" />
                {website.host}
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            )}
            {actions}
          </div>
        }
      />
      <section aria-label="Summary" className="mt-6">
        <CompanySummary company={company} />
      </section>
      <div className="mt-6 grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Panel title="Details" className="lg:col-span-2">
          <CompanyFacts company={company} />
        </Panel>
        <Panel title="Dossier">
          <div className="flex items-start gap-3 text-sm text-slate-500">
            <SparklesIcon className="size-5 shrink-0 text-indigo-400" />
            <p>
              Dossier makes a PDF profile of this company: its facts, enrichment with sources and
              dates, key contacts by seniority and your branding.
            </p>
          </div>
        </Panel>
      </div>
      <div className="mt-6">{contacts}</div>
    </>
  );
}

const SUMMARY = [
  { key: 'withEmail', label: 'With e-mail' },
  { key: 'withPhone', label: 'With phone' },
  { key: 'withTitle', label: 'With title' },
] as const satisfies readonly { key: keyof CompanyDetailView['summary']; label: string }[];

/** The contact counts as tiles; each share is of the company's contacts. */
function CompanySummary({ company }: { company: CompanyDetailView }) {
  const { summary } = company;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile label="Contacts" value={formatCount(summary.contacts)} />
      {SUMMARY.map(({ key, label }) => (
        <Tile
          key={key}
          label={label}
          value={formatCount(summary[key])}
          share={summary.contacts > 0 ? formatShare(summary[key], summary.contacts) : undefined}
        />
      ))}
    </dl>
  );
}

function Tile({ label, value, share }: { label: string; value: string; share?: string }) {
  return (
    <div className="rounded-xl bg-white px-5 py-4 shadow-xs ring-1 ring-slate-200">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 flex items-baseline gap-2">
        <span className="text-2xl font-semibold text-slate-900 tabular-nums">{value}</span>
        {share && <span className="text-sm font-medium text-slate-500 tabular-nums">{share}</span>}
      </dd>
    </div>
  );
}

function CompanyFacts({ company }: { company: CompanyDetailView }) {
  const attributes = Object.entries(company.attributes ?? {}).filter(
    ([, value]) => value !== null && value !== '',
  );
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
      <Fact label="Domain">{company.domain}</Fact>
      <Fact label="Industry">{company.industry}</Fact>
      <Fact label="Employees">
        {company.employeeCount === null ? null : formatCount(company.employeeCount)}
      </Fact>
      <Fact label="City">{company.city}</Fact>
      <Fact label="Country">{company.country && countryName(company.country)}</Fact>
      <Fact label="Website">{company.website}</Fact>
      <Fact label="Created">
        <Timestamp value={company.createdAt} />
      </Fact>
      <Fact label="Updated">
        <Timestamp value={company.updatedAt} />
      </Fact>
      {attributes.map(([name, value]) => (
        <Fact key={name} label={name}>
          {typeof value === 'string' ? value : JSON.stringify(value)}
        </Fact>
      ))}
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 truncate text-slate-700">
        {children === null || children === undefined || children === '' ? (
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

/** "acme.com · Software · Berlin, Germany": what is known, in one line. */
function describe(company: CompanyDetailView): string {
  const place = [company.city, company.country && countryName(company.country)].filter(Boolean).join(', ');
  return [company.domain, company.industry, place].filter(Boolean).join(' · ');
}
