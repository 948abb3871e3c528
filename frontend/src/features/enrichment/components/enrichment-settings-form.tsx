import { useState, type FormEvent } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';
import { formatCount } from '@/lib/format';

import {
  useEnrichmentSettings,
  useSaveEnrichmentSettings,
  type EnrichmentSettings,
} from '@/features/enrichment/api/enrichment-settings';
import { useStages } from '@/features/enrichment/api/get-stages';

type Form = { freshnessDays: string; nightlyEnabled: boolean; nightlyStages: string[]; nightlyCreditCap: string };
type FormErrors = Partial<Record<'freshnessDays' | 'nightlyStages' | 'nightlyCreditCap', string>>;

/** The form's values as typed, checked; errors name the field. */
export function checkSettings(form: Form): { settings?: EnrichmentSettings; errors: FormErrors } {
  const errors: FormErrors = {};
  const days = Number(form.freshnessDays);
  if (!/^\d+$/.test(form.freshnessDays.trim()) || days < 1 || days > 3650) {
    errors.freshnessDays = 'Enter a whole number of days from 1 to 3,650.';
  }
  const cap = Number(form.nightlyCreditCap);
  if (!/^\d+$/.test(form.nightlyCreditCap.trim())) {
    errors.nightlyCreditCap = 'Enter a whole number of credits, 0 or more.';
  }
  if (form.nightlyEnabled && form.nightlyStages.length === 0) {
    errors.nightlyStages = 'Choose at least one stage to re-enrich at night.';
  }
  if (form.nightlyEnabled && !errors.nightlyCreditCap && cap === 0) {
    errors.nightlyCreditCap = 'With a cap of 0 credits nothing is re-enriched: raise it or turn nightly runs off.';
  }
  if (Object.keys(errors).length > 0) {
    return { errors };
  }
  return {
    errors,
    settings: {
      freshnessDays: days,
      nightlyEnabled: form.nightlyEnabled,
      nightlyStages: form.nightlyEnabled ? form.nightlyStages : [],
      nightlyCreditCap: cap,
    },
  };
}

/** How long enriched values count as fresh, and the nightly re-enrichment with its credit cap. */
export function EnrichmentSettingsForm({ canEdit }: { canEdit: boolean }) {
  const settings = useEnrichmentSettings();
  const stages = useStages();
  if (settings.isPending || stages.isPending) {
    return <Skeleton className="h-40 w-full" />;
  }
  if (settings.isError) {
    return <ProblemAlert error={settings.error} action="Could not load the enrichment settings" />;
  }
  if (stages.isError) {
    return <ProblemAlert error={stages.error} action="Could not load the enrichment stages" />;
  }
  return <SettingsForm saved={settings.data} stageNames={stages.data.map((s) => s.name)} canEdit={canEdit} />;
}

function SettingsForm({
  saved,
  stageNames,
  canEdit,
}: {
  saved: EnrichmentSettings;
  stageNames: string[];
  canEdit: boolean;
}) {
  const [form, setForm] = useState<Form>(() => ({
    freshnessDays: String(saved.freshnessDays),
    nightlyEnabled: saved.nightlyEnabled,
    nightlyStages: saved.nightlyStages,
    nightlyCreditCap: String(saved.nightlyCreditCap),
  }));
  const [errors, setErrors] = useState<FormErrors>({});
  const save = useSaveEnrichmentSettings();
  const refusal = save.error instanceof ApiError ? save.error : undefined;
  const serverField = refusal?.extensions.field;

  function change(patch: Partial<Form>) {
    setForm((current) => ({ ...current, ...patch }));
    setErrors({});
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkSettings(form);
    setErrors(checked.errors);
    if (checked.settings) {
      save.mutate(checked.settings);
    }
  }

  const stagesError = errors.nightlyStages;
  return (
    <form onSubmit={submit} noValidate aria-label="Enrichment settings" className="space-y-5">
      <fieldset disabled={!canEdit} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Freshness window (days)"
            inputMode="numeric"
            value={form.freshnessDays}
            onChange={(e) => change({ freshnessDays: e.target.value })}
            error={errors.freshnessDays ?? (serverField === 'freshnessDays' ? refusal?.detail : undefined)}
            hint="A contact or company enriched within this many days is skipped by a new run, unless it is forced."
          />
          <TextField
            label="Nightly credit cap"
            inputMode="numeric"
            value={form.nightlyCreditCap}
            onChange={(e) => change({ nightlyCreditCap: e.target.value })}
            error={errors.nightlyCreditCap ?? (serverField === 'nightlyCreditCap' ? refusal?.detail : undefined)}
            hint="The most the nightly runs may spend in one night, all stages together (split evenly between them)."
          />
        </div>
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            checked={form.nightlyEnabled}
            onChange={(e) => change({ nightlyEnabled: e.target.checked })}
            className="mt-0.5 size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
          />
          <span>
            <span className="font-medium text-slate-900">Re-enrich stale records every night</span>
            <span className="block text-slate-500">
              Each night, everything older than the freshness window is enriched again, within the cap.
            </span>
          </span>
        </label>
        {form.nightlyEnabled && (
          <fieldset aria-describedby={stagesError ? 'nightly-stages-error' : undefined}>
            <legend className="text-sm font-medium text-slate-900">Stages to run at night</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {stageNames.map((name) => (
                <label key={name} className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    checked={form.nightlyStages.includes(name)}
                    onChange={(e) =>
                      change({
                        nightlyStages: e.target.checked
                          ? [...form.nightlyStages, name]
                          : form.nightlyStages.filter((stage) => stage !== name),
                      })
                    }
                    className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
                  />
                  {name}
                </label>
              ))}
            </div>
            {stagesError && (
              <p id="nightly-stages-error" className="mt-1.5 text-sm text-red-700">
                {stagesError}
              </p>
            )}
          </fieldset>
        )}
      </fieldset>
      {save.isError && serverField === undefined && (
        <ProblemAlert error={save.error} action="Could not save the settings" />
      )}
      {save.isSuccess && (
        <Alert tone="success" title="Settings saved">
          {save.data.nightlyEnabled
            ? `Nightly runs re-enrich ${save.data.nightlyStages.join(', ')} with up to ${formatCount(save.data.nightlyCreditCap)} credits a night.`
            : 'Nightly re-enrichment is off.'}
        </Alert>
      )}
      {canEdit ? (
        <div className="flex justify-end">
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save settings'}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-500">Owners and admins change these settings.</p>
      )}
    </form>
  );
}
