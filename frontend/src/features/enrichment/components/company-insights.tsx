import type { ReactNode } from 'react';

import { Panel } from '@/components/ui/panel';
import { Timestamp } from '@/components/ui/timestamp';
import { webAddress } from '@/lib/urls';

import { useEnrichedFields, type EnrichedFieldView } from '@/features/enrichment/api/get-enriched-fields';

/** What deep research (L2) writes about a company. */
const RESEARCH = ['fitScore', 'fitReasons', 'summary', 'industryClass', 'employeeRange', 'businessModel'];

/** What the company stage (L1) reads from the website, in the order shown. */
const WEBSITE: readonly [field: string, label: string][] = [
  ['description', 'Description'],
  ['language', 'Language'],
  ['industry', 'Industry (site metadata)'],
  ['countryHints', 'Country hints'],
  ['socialLinks', 'Social links'],
  ['technologies', 'Technologies'],
  ['emails', 'Public e-mails'],
  ['phones', 'Public phones'],
];

/**
 * A company's research and website facts at a glance: the fit score with its reasons, the
 * summary and classification (deep research), and what its website says (company stage),
 * each with the source and date it came from. Nothing when neither stage has run.
 */
export function CompanyInsights({ companyId, className = '' }: { companyId: number; className?: string }) {
  const query = useEnrichedFields('company', companyId);
  if (!query.data) {
    // Loading and errors are shown by the enrichment panel below, which reads the same data.
    return null;
  }
  const byName = new Map(query.data.map((field) => [field.field, field]));
  const research = RESEARCH.some((name) => byName.has(name));
  const website = WEBSITE.filter(([name]) => byName.has(name));
  if (!research && website.length === 0) {
    return null;
  }
  return (
    <div className={`grid grid-cols-1 gap-6 lg:grid-cols-3 ${className}`}>
      {research && (
        <Panel title="Fit and research" className="lg:col-span-2">
          <Research fields={byName} />
        </Panel>
      )}
      {website.length > 0 && (
        <Panel title="From the website" className={research ? '' : 'lg:col-span-3'}>
          <dl className="space-y-3 text-sm">
            {website.map(([name, label]) => (
              <div key={name} className="min-w-0">
                <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
                <dd className="mt-1 text-slate-700">
                  <FieldValue field={byName.get(name)!} />
                </dd>
              </div>
            ))}
          </dl>
          <Provenance field={byName.get(website[0]![0])!} verb="Read" />
        </Panel>
      )}
    </div>
  );
}

function Research({ fields }: { fields: Map<string, EnrichedFieldView> }) {
  const score = fields.get('fitScore');
  const value = score?.value == null ? undefined : Number(score.value);
  const reasons = fields.get('fitReasons');
  const summary = fields.get('summary');
  const facts: [string, string][] = [
    ['industryClass', 'Industry'],
    ['employeeRange', 'Employees'],
    ['businessModel', 'Business model'],
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-6">
        {value !== undefined && Number.isFinite(value) && <FitScore score={value} />}
        {summary?.value && <p className="min-w-0 flex-1 text-sm text-slate-700">{summary.value}</p>}
      </div>
      {reasons?.items && reasons.items.length > 0 && (
        <section aria-label="Fit reasons">
          <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">Why this score</h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {reasons.items.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-3">
        {facts.map(([name, label]) => (
          <div key={name}>
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
            <dd className="mt-1 text-slate-700">{fields.get(name)?.value ?? <Missing />}</dd>
          </div>
        ))}
      </dl>
      <Provenance field={RESEARCH.map((name) => fields.get(name)).find(Boolean)!} verb="Researched" />
    </div>
  );
}

/** The score out of 100 as a number and a bar, coloured by how good a fit it is. */
function FitScore({ score }: { score: number }) {
  const band = score >= 70 ? 'bg-emerald-500' : score >= 40 ? 'bg-amber-500' : 'bg-slate-400';
  const words = score >= 70 ? 'good fit' : score >= 40 ? 'possible fit' : 'weak fit';
  return (
    <div className="w-40 shrink-0">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Fit score</p>
      <p className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums">
        {score}
        <span className="text-base font-medium text-slate-500"> / 100</span>
      </p>
      <div
        role="meter"
        aria-label="Fit score"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-valuetext={`${score} of 100, ${words}`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full ${band}`} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-500">{words}</p>
    </div>
  );
}

/** "Researched by research/openai on 5 Dec 2026 from https://…": where a group of values came from. */
function Provenance({ field, verb }: { field: EnrichedFieldView; verb: string }) {
  return (
    <p className="mt-4 text-xs text-slate-500">
      {verb} by {field.source ?? 'an unknown source'}
      {field.fetchedAt && (
        <>
          {' on '}
          <Timestamp value={field.fetchedAt} short />
        </>
      )}
      {field.url && (
        <>
          {' from '}
          <ExternalLink href={field.url}>{field.url}</ExternalLink>
        </>
      )}
      .
    </p>
  );
}

/** One enriched value: a list as a wrapped list (links where they are web addresses), else the text. */
export function FieldValue({ field }: { field: EnrichedFieldView }) {
  if (field.items) {
    if (field.items.length === 0) {
      return <Missing />;
    }
    return (
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {field.items.map((item) => {
          const url = webAddress(item);
          return (
            <li key={item} className="max-w-full truncate">
              {url ? <ExternalLink href={item}>{shortUrl(url)}</ExternalLink> : item}
            </li>
          );
        })}
      </ul>
    );
  }
  if (field.value === null || field.value === '') {
    return <Missing />;
  }
  return <span className="break-words">{field.value}</span>;
}

function Missing() {
  return <span className="text-slate-500">none found</span>;
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="font-medium break-all text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

function shortUrl(url: URL): string {
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
