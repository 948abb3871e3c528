import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';
import { formatCount } from '@/lib/format';

import {
  useEstimateEnrichment,
  type EnrichmentEstimate,
} from '@/features/enrichment/api/estimate-enrichment';
import { useStages } from '@/features/enrichment/api/get-stages';
import { useStartEnrichmentRun } from '@/features/enrichment/api/start-enrichment-run';
import {
  EMAIL_STATUSES,
  stageLabel,
  toRequest,
  type SelectionForm,
  type StageEntity,
} from '@/features/enrichment/utils/selection';

type EnrichmentFormProps = {
  /** A filter handed over from the contacts or companies page, and which of the two it is. */
  initial?: Partial<Pick<SelectionForm, 'countries' | 'emailStatus' | 'q' | 'hasDomain'>> & {
    entity?: StageEntity;
  };
  canStart: boolean;
};

/** Choose a stage and its contacts or companies, see what it would cost, then start the run. */
export function EnrichmentForm({ initial, canStart }: EnrichmentFormProps) {
  const stages = useStages();
  const estimate = useEstimateEnrichment();
  const start = useStartEnrichmentRun();
  const hasFilter = Boolean(
    initial?.countries || initial?.emailStatus?.length || initial?.q || initial?.hasDomain,
  );
  const [form, setForm] = useState<SelectionForm>({
    stage: '',
    scope: hasFilter ? 'filter' : 'all',
    countries: initial?.countries ?? '',
    emailStatus: initial?.emailStatus ?? [],
    q: initial?.q ?? '',
    hasDomain: initial?.hasDomain ?? '',
    force: false,
    budget: '',
  });
  // It starts on the first stage that enriches what was handed over (contacts unless
  // said otherwise) and can run.
  const wanted = initial?.entity ?? 'contact';
  const stage =
    form.stage ||
    stages.data?.find((s) => s.entity === wanted && s.available)?.name ||
    stages.data?.find((s) => s.entity === wanted)?.name ||
    stages.data?.[0]?.name ||
    '';
  const chosen = stages.data?.find((s) => s.name === stage);
  const entity: StageEntity = chosen?.entity === 'company' ? 'company' : 'contact';
  const records = entity === 'company' ? 'companies' : 'contacts';
  const runnable = Boolean(chosen?.available);

  function change(patch: Partial<SelectionForm>) {
    setForm((current) => ({ ...current, ...patch }));
    // An estimate or a refusal describes the old selection only.
    estimate.reset();
    start.reset();
  }

  function onEstimate(event: FormEvent) {
    event.preventDefault();
    start.reset();
    estimate.mutate(toRequest({ ...form, stage }, entity));
  }

  if (stages.isPending) {
    return <Skeleton className="h-40 w-full" />;
  }
  if (stages.isError) {
    return <ProblemAlert error={stages.error} action="Could not load the enrichment stages" />;
  }

  return (
    <form onSubmit={onEstimate} className="space-y-5" aria-label="New enrichment run">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Stage"
          value={stage}
          onChange={(e) => change({ stage: e.target.value })}
          hint={
            chosen &&
            `${chosen.description} ${formatCount(chosen.costPerItem)} credit(s) per delivered ${chosen.entity}.`
          }
        >
          {stages.data.map((s) => (
            <option key={s.name} value={s.name}>
              {stageLabel(s)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Budget (optional)"
          type="number"
          min={1}
          inputMode="numeric"
          value={form.budget}
          onChange={(e) => change({ budget: e.target.value })}
          hint="The most credits this run may spend; it stops, resumable, when spent."
        />
      </div>

      {chosen && !chosen.available && (
        <Alert tone="warning" announce={false} title={`${stageLabel(chosen).split(' · ')[0]} cannot run here`}>
          {chosen.unavailableReason ?? 'This stage is not configured on this server.'}
        </Alert>
      )}

      <fieldset>
        <legend className="text-sm font-medium text-slate-900">{entity === 'company' ? 'Companies' : 'Contacts'}</legend>
        <div className="mt-2 flex gap-6 text-sm text-slate-700">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="scope"
              checked={form.scope === 'all'}
              onChange={() => change({ scope: 'all' })}
            />
            All {records}
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="scope"
              checked={form.scope === 'filter'}
              onChange={() => change({ scope: 'filter' })}
            />
            {entity === 'company' ? 'Companies' : 'Contacts'} matching a filter
          </label>
        </div>
        {form.scope === 'filter' && (
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <TextField
              label="Countries"
              placeholder="DE, AT, CH"
              value={form.countries}
              onChange={(e) => change({ countries: e.target.value })}
              hint="ISO codes, separated by commas."
            />
            {entity === 'company' ? (
              <>
                <TextField
                  label="Name or domain contains"
                  value={form.q}
                  onChange={(e) => change({ q: e.target.value })}
                />
                <SelectField
                  label="Domain"
                  value={form.hasDomain}
                  onChange={(e) => change({ hasDomain: e.target.value as SelectionForm['hasDomain'] })}
                  hint="The website stages need a domain or website to read."
                >
                  <option value="">With or without a domain</option>
                  <option value="true">With a domain</option>
                  <option value="false">Without a domain</option>
                </SelectField>
              </>
            ) : (
              <fieldset>
                <legend className="text-sm font-medium text-slate-900">E-mail status</legend>
                <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
                  {EMAIL_STATUSES.map((status) => (
                    <label key={status} className="flex items-center gap-1.5">
                      <input
                        type="checkbox"
                        checked={form.emailStatus.includes(status)}
                        onChange={(e) =>
                          change({
                            emailStatus: e.target.checked
                              ? [...form.emailStatus, status]
                              : form.emailStatus.filter((s) => s !== status),
                          })
                        }
                      />
                      {status.toLowerCase()}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
          </div>
        )}
      </fieldset>

      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={form.force} onChange={(e) => change({ force: e.target.checked })} />
        Force: enrich records enriched within the freshness window too
      </label>

      <div className="flex gap-3">
        <Button type="submit" disabled={!runnable || estimate.isPending}>
          {estimate.isPending ? 'Estimating…' : 'Estimate'}
        </Button>
        {canStart && (
          <Button
            variant="primary"
            disabled={!runnable || start.isPending}
            onClick={() => start.mutate(toRequest({ ...form, stage }, entity))}
          >
            {start.isPending ? 'Starting…' : 'Start run'}
          </Button>
        )}
      </div>

      {estimate.isError && <ProblemAlert error={estimate.error} action="Could not estimate the run" />}
      {estimate.data && <EstimateSummary estimate={estimate.data} />}
      {start.isError && <StartProblem error={start.error} />}
      {start.data && (
        <Alert tone="success" title={`Run #${start.data.id} ${start.data.created ? 'started' : 'already running'}`}>
          <Link
            to="/enrichment/runs/$runId"
            params={{ runId: String(start.data.id) }}
            className="font-medium underline">
            Follow run #{start.data.id}
          </Link>
        </Alert>
      )}
    </form>
  );
}

function StartProblem({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.is('insufficient-credits')) {
    return <ProblemAlert error={error} action="Not enough credits for this run" />;
  }
  if (error instanceof ApiError && error.is('nothing-to-enrich')) {
    return <ProblemAlert error={error} action="Nothing to enrich: every selected record is fresh" />;
  }
  return <ProblemAlert error={error} action="Could not start the run" />;
}

function EstimateSummary({ estimate }: { estimate: EnrichmentEstimate }) {
  const rows: [string, number | undefined][] = [
    ['Selected', estimate.selected],
    ['Skipped as fresh', estimate.skippedFresh],
    ['To enrich', estimate.toEnrich],
    ['Max credits', estimate.maxCredits],
    ['Expected credits', estimate.expectedCredits],
    ['Available', estimate.available],
  ];
  return (
    <section aria-label="Estimate" className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-lg font-semibold text-slate-900 tabular-nums">
              {value === undefined ? '—' : formatCount(value)}
            </dd>
          </div>
        ))}
      </dl>
      <p className={`mt-3 text-sm font-medium ${estimate.covered ? 'text-emerald-700' : 'text-red-700'}`}>
        {estimate.covered
          ? 'Covered by the available credits.'
          : 'Not covered: the available credits are less than this run would hold.'}
        {estimate.freshnessDays !== undefined &&
          ` Records enriched in the last ${estimate.freshnessDays} days count as fresh.`}
      </p>
    </section>
  );
}
