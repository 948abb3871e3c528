import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form';

import { useStartReport, type ReportRequest } from '@/features/reports/api/start-report';

export type ReportSelection = { q?: string; countries?: string; hasDomain?: boolean; ids?: string };

/** The most company ids one report takes (the API's limit). */
export const MAX_IDS = 10_000;

type NewReportFormProps = {
  /** A selection handed over from the companies list. */
  initial?: ReportSelection;
  canStart: boolean;
};

/** The ids in free text ("12, 13 14"); undefined when a part is not a positive whole number. */
export function parseIds(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((part) => /^[1-9]\d{0,17}$/.test(part))) {
    return undefined;
  }
  return [...new Set(parts.map(Number))];
}

/**
 * Picks companies, with the companies list's filters or by id, and starts a report of
 * their dossiers.
 */
export function NewReportForm({ initial, canStart }: NewReportFormProps) {
  const [scope, setScope] = useState<'filter' | 'ids'>(initial?.ids ? 'ids' : 'filter');
  const [q, setQ] = useState(initial?.q ?? '');
  const [countries, setCountries] = useState(initial?.countries ?? '');
  const [hasDomain, setHasDomain] = useState(initial?.hasDomain === undefined ? '' : String(initial.hasDomain));
  const [idsText, setIdsText] = useState(initial?.ids ?? '');
  const [idsError, setIdsError] = useState<string>();
  const start = useStartReport();
  const navigate = useNavigate();

  function request(): ReportRequest | undefined {
    if (scope === 'ids') {
      const ids = parseIds(idsText);
      if (!ids?.length) {
        setIdsError('Enter company ids: whole numbers separated by commas or spaces.');
        return undefined;
      }
      if (ids.length > MAX_IDS) {
        setIdsError(`At most ${MAX_IDS.toLocaleString('en')} ids in one report.`);
        return undefined;
      }
      return { ids };
    }
    const country = countries
      .split(/[\s,]+/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean);
    return {
      filter: {
        q: q.trim() || undefined,
        country: country.length ? country : undefined,
        hasDomain: hasDomain === '' ? undefined : hasDomain === 'true',
      },
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setIdsError(undefined);
    const body = request();
    if (!body) {
      return;
    }
    start.mutate(body, {
      onSuccess: (started) => void navigate({ to: '/reports/$reportId', params: { reportId: String(started.id) } }),
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-label="New report">
      <p className="text-sm text-slate-500">
        One PDF dossier per company: its facts, enrichment with sources and dates, key contacts by seniority and
        your branding.
      </p>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Companies</legend>
        <div className="mt-2 flex gap-6 text-sm text-slate-700">
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" checked={scope === 'filter'} onChange={() => setScope('filter')} />
            Companies matching the filters
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" checked={scope === 'ids'} onChange={() => setScope('ids')} />
            Companies by id
          </label>
        </div>
      </fieldset>
      {scope === 'filter' ? (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            label="Name or domain contains"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            hint="Empty: every company."
          />
          <TextField
            label="Countries"
            hint="ISO codes, e.g. DE, FR"
            value={countries}
            onChange={(e) => setCountries(e.target.value)}
          />
          <SelectField label="Domain" value={hasDomain} onChange={(e) => setHasDomain(e.target.value)}>
            <option value="">Any</option>
            <option value="true">With a domain</option>
            <option value="false">Without a domain</option>
          </SelectField>
        </div>
      ) : (
        <TextField
          label="Company ids"
          hint="Separated by commas or spaces; a company's id is in its page's address."
          value={idsText}
          error={idsError}
          onChange={(e) => setIdsText(e.target.value)}
        />
      )}
      {start.isError && <ProblemAlert error={start.error} action="Could not start the report" />}
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={!canStart || start.isPending}>
          {start.isPending ? 'Starting…' : 'Create dossiers'}
        </Button>
      </div>
    </form>
  );
}
