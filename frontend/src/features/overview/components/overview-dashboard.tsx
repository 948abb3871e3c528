import { lazy, Suspense, type ReactNode } from 'react';

import { ErrorBoundary } from '@/components/ui/error-boundary';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { Panel } from '@/components/ui/panel';
import { Skeleton } from '@/components/ui/skeleton';
import { formatCount, formatShare } from '@/lib/format';

import { OVERVIEW_DAYS, useOverview, type OverviewView } from '@/features/overview/api/get-overview';
import { FirstRun } from '@/features/overview/components/first-run';
import { sumOf } from '@/features/overview/utils/chart-data';

// Recharts is most of the dashboard's weight: only this page loads it, next to its data.
const charts = () => import('@/features/overview/components/overview-charts');
const CreatedChart = lazy(() => charts().then((module) => ({ default: module.CreatedChart })));
const ImportsChart = lazy(() => charts().then((module) => ({ default: module.ImportsChart })));
const JobsChart = lazy(() => charts().then((module) => ({ default: module.JobsChart })));
const CompletenessChart = lazy(() => charts().then((module) => ({ default: module.CompletenessChart })));

/**
 * The tenant at a glance: totals as tiles, then what happened day by day over the last
 * OVERVIEW_DAYS days. Each chart sits in its own panel, so one failing leaves the others.
 * A tenant without contacts is shown where to start instead.
 */
export function OverviewDashboard() {
  const overview = useOverview(OVERVIEW_DAYS);

  if (overview.data === undefined && !overview.isPending) {
    return <ErrorFallback error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  const data = overview.data;
  if (data?.contacts === 0) {
    return <FirstRun />;
  }
  const period = `Last ${OVERVIEW_DAYS} days`;
  return (
    <div className="space-y-6">
      <section aria-label="Totals">
        <ErrorBoundary>{data ? <OverviewTiles overview={data} /> : <TilesSkeleton />}</ErrorBoundary>
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <ChartPanel title="Contacts and companies created" description={period} overview={data}>
          {(view) => <CreatedChart overview={view} />}
        </ChartPanel>
        <ChartPanel title="Imports" description={`Rows read per day, ${period.toLowerCase()}`} overview={data}>
          {(view) => <ImportsChart overview={view} />}
        </ChartPanel>
        <ChartPanel title="Job outcomes" description={`Runs ended per day, ${period.toLowerCase()}`} overview={data}>
          {(view) => <JobsChart overview={view} />}
        </ChartPanel>
        <ChartPanel title="Data completeness" description="Share of all contacts with each field" overview={data}>
          {(view) => <CompletenessChart overview={view} />}
        </ChartPanel>
      </div>
    </div>
  );
}

function ChartPanel({
  title,
  description,
  overview,
  children,
}: {
  title: string;
  description: string;
  overview: OverviewView | undefined;
  children: (overview: OverviewView) => ReactNode;
}) {
  return (
    <Panel title={title} description={description}>
      {overview ? (
        <Suspense fallback={<ChartSkeleton title={title} />}>{children(overview)}</Suspense>
      ) : (
        <ChartSkeleton title={title} />
      )}
    </Panel>
  );
}

function ChartSkeleton({ title }: { title: string }) {
  return (
    <div role="status" className="h-60">
      <span className="sr-only">Loading {title.toLowerCase()}…</span>
      <Skeleton className="h-full w-full" />
    </div>
  );
}

function OverviewTiles({ overview }: { overview: OverviewView }) {
  const rows = sumOf(overview.importsPerDay, (day) => day.rows);
  const imports = sumOf(overview.importsPerDay, (day) => day.imports);
  const completed = sumOf(overview.jobsPerDay, (day) => day.completed);
  const failed = sumOf(overview.jobsPerDay, (day) => day.failed);
  const newContacts = sumOf(overview.contactsPerDay, (day) => day.created);
  const { completeness } = overview;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile label="Contacts" value={formatCount(overview.contacts)}>
        +{formatCount(newContacts)} in {overview.days} days
      </Tile>
      <Tile label="Companies" value={formatCount(overview.companies)}>
        {formatShare(completeness.withCompany, completeness.contacts)} of contacts linked
      </Tile>
      <Tile label="Rows imported" value={formatCount(rows)}>
        {formatCount(imports)} {imports === 1 ? 'import' : 'imports'} in {overview.days} days
      </Tile>
      <Tile label="Job runs" value={formatCount(completed + failed)}>
        {failed > 0 ? (
          <span className="text-red-700">{formatCount(failed)} failed</span>
        ) : (
          'none failed'
        )}{' '}
        in {overview.days} days
      </Tile>
    </dl>
  );
}

function Tile({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  return (
    <div className="rounded-xl bg-white px-5 py-4 shadow-xs ring-1 ring-slate-200">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd>
        <span className="mt-1 block text-2xl font-semibold text-slate-900 tabular-nums">{value}</span>
        <span className="mt-0.5 block text-xs text-slate-500">{children}</span>
      </dd>
    </div>
  );
}

function TilesSkeleton() {
  return (
    <div role="status" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <span className="sr-only">Loading totals…</span>
      {Array.from({ length: 4 }, (_, index) => (
        <div key={index} aria-hidden="true" className="space-y-2 rounded-xl bg-white px-5 py-4 shadow-xs ring-1 ring-slate-200">
          <Skeleton className="h-3 w-20" />
          <Skeleton className="h-7 w-24" />
          <Skeleton className="h-3 w-28" />
        </div>
      ))}
    </div>
  );
}
