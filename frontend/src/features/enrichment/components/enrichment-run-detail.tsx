import { useState } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DetailPageSkeleton } from '@/components/ui/detail-page-skeleton';
import { TextField } from '@/components/ui/form';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { Panel } from '@/components/ui/panel';
import { Timestamp } from '@/components/ui/timestamp';
import { SidewaysScroll } from '@/components/ui/table';
import { formatCount } from '@/lib/format';

import { useEnrichmentRun } from '@/features/enrichment/api/get-enrichment-run';
import { useRunProviders } from '@/features/enrichment/api/get-run-providers';
import type { EnrichmentRun } from '@/features/enrichment/api/get-enrichment-runs';
import { useResumeEnrichmentRun } from '@/features/enrichment/api/resume-enrichment-run';
import { EnrichmentItems } from '@/features/enrichment/components/enrichment-items';
import { RunStatusBadge } from '@/features/enrichment/components/run-status-badge';
import { canResume, describeStopCause, isActive } from '@/features/enrichment/utils/run-status';

/** One run: its counts and credits, asked again every 2 s while it works, and its items. */
export function EnrichmentRunDetail({ runId, canAct }: { runId: number; canAct: boolean }) {
  const run = useEnrichmentRun(runId);
  if (run.isPending) {
    return <DetailPageSkeleton title={`Run #${runId}`} loading={`enrichment run #${runId}`} />;
  }
  if (run.isError) {
    return <ProblemAlert error={run.error} action={`Could not load run #${runId}`} />;
  }
  const data = run.data;
  return (
    <>
      <PageHeader
        title={`Enrichment run #${data.id}`}
        description={`Stage ${data.stage}, started by ${data.createdByName}${data.forced ? ', forced' : ''}.`}
      />
      <Panel title="Run" className="mt-8">
        <div className="flex flex-wrap items-center gap-3">
          <RunStatusBadge status={data.status} />
          <span className="text-sm text-slate-500">
            <Timestamp value={data.createdAt} short /> – <Timestamp value={data.endedAt ?? null} short />
          </span>
        </div>
        {data.stopCause && (
          <Alert className="mt-4" title={describeStopCause(data.stopCause).title}>
            {describeStopCause(data.stopCause).detail}
          </Alert>
        )}
        <Figures
          label="Items"
          rows={[
            ['Selected', data.itemsSelected],
            ['Skipped as fresh', data.skippedFresh],
            ['Found', data.found],
            ['Not found', data.notFound],
            ['Failed', data.failed],
            ['Pending', data.pending],
          ]}
        />
        <Figures
          label="Credits"
          rows={[
            ['Budget', data.budget],
            ['Held', data.held],
            ['Charged', data.charged],
            ['Released', data.released],
            ['Per item', data.costPerItem],
          ]}
        />
        {canAct && canResume(data.status) && <ResumeForm run={data} />}
      </Panel>
      {data.providerCalls > 0 && (
        <Panel
          title="Outside calls"
          description="Every call this run made to websites and providers, each attempt counted; the cost is what the providers charge, not your credits."
          className="mt-8"
        >
          <ProviderUsageTable runId={data.id} live={isActive(data.status)} />
        </Panel>
      )}
      <Panel title="Items" className="mt-8">
        <EnrichmentItems runId={data.id} status={data.status} />
      </Panel>
    </>
  );
}

function ProviderUsageTable({ runId, live }: { runId: number; live: boolean }) {
  const providers = useRunProviders(runId, live);
  if (providers.isPending) {
    return <Skeleton className="h-16 w-full" />;
  }
  if (providers.isError) {
    return <ProblemAlert error={providers.error} action="Could not load the outside calls" />;
  }
  return (
    <SidewaysScroll label="Outside calls per provider" className="-my-5">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Outside calls per provider</caption>
        <thead>
          <tr className="text-xs font-medium text-slate-500 uppercase">
            <th scope="col" className="px-5 py-2.5">
              Provider
            </th>
            {['Calls', 'OK', 'Rate limited', 'Failed', 'Avg latency', 'p95 latency', 'Tokens in / out', 'Cost'].map(
              (label) => (
                <th key={label} scope="col" className="px-3 py-2.5 text-right">
                  {label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {providers.data.map((p) => (
            <tr key={p.provider} className="border-t border-slate-100 tabular-nums">
              <th scope="row" className="px-5 py-2.5 font-medium text-slate-900">
                {p.provider}
              </th>
              <td className="px-3 py-2.5 text-right">{formatCount(p.calls)}</td>
              <td className="px-3 py-2.5 text-right">{formatCount(p.ok)}</td>
              <td className="px-3 py-2.5 text-right">{formatCount(p.rateLimited)}</td>
              <td className="px-3 py-2.5 text-right">{formatCount(p.failed)}</td>
              <td className="px-3 py-2.5 text-right">{formatCount(p.averageLatencyMs)} ms</td>
              <td className="px-3 py-2.5 text-right">{formatCount(p.p95LatencyMs)} ms</td>
              <td className="px-3 py-2.5 text-right">
                {p.inputTokens || p.outputTokens
                  ? `${formatCount(p.inputTokens)} / ${formatCount(p.outputTokens)}`
                  : '—'}
              </td>
              <td className="px-3 py-2.5 text-right">{formatCost(p.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SidewaysScroll>
  );
}

/** A provider's cost to four decimals at most: calls cost fractions of a cent. */
function formatCost(cost: number): string {
  return cost.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

function Figures({ label, rows }: { label: string; rows: [string, number | null | undefined][] }) {
  return (
    <section aria-label={label} className="mt-5">
      <h3 className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</h3>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt className="text-xs text-slate-500">{name}</dt>
            <dd className="text-lg font-semibold text-slate-900 tabular-nums">
              {value === null || value === undefined ? '—' : formatCount(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ResumeForm({ run }: { run: EnrichmentRun }) {
  const resume = useResumeEnrichmentRun(run.id);
  const [budget, setBudget] = useState('');
  return (
    <form
      className="mt-6 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-5"
      onSubmit={(event) => {
        event.preventDefault();
        resume.mutate(budget.trim() === '' ? undefined : Number(budget));
      }}
    >
      <TextField
        label="New budget (optional)"
        type="number"
        min={1}
        value={budget}
        onChange={(e) => setBudget(e.target.value)}
        hint={`Higher than the ${formatCount(run.charged)} credits spent so far.`}
      />
      <Button type="submit" variant="primary" disabled={resume.isPending}>
        {resume.isPending ? 'Resuming…' : 'Resume'}
      </Button>
      {resume.isError && (
        <ProblemAlert
          className="w-full"
          error={resume.error}
          action={`Could not resume run #${run.id}`}
          onDismiss={resume.reset}
        />
      )}
    </form>
  );
}
