import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form';

import { useStartReport } from '@/features/reports/api/start-report';

export type ReportSelection = { q?: string; countries?: string; hasDomain?: boolean };

type NewReportFormProps = {
  /** A selection handed over from the companies list. */
  initial?: ReportSelection;
  canStart: boolean;
};

/** Picks companies with the companies list's filters and starts a report of their dossiers. */
export function NewReportForm({ initial, canStart }: NewReportFormProps) {
  const [q, setQ] = useState(initial?.q ?? '');
  const [countries, setCountries] = useState(initial?.countries ?? '');
  const [hasDomain, setHasDomain] = useState(
    initial?.hasDomain === undefined ? '' : String(initial.hasDomain),
  );
  const start = useStartReport();
  const navigate = useNavigate();

  function submit(event: FormEvent) {
    event.preventDefault();
    const country = countries
      .split(/[\s,]+/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean);
    start.mutate(
      {
        filter: {
          q: q.trim() || undefined,
          country: country.length ? country : undefined,
          hasDomain: hasDomain === '' ? undefined : hasDomain === 'true',
        },
      },
      { onSuccess: (started) => void navigate({ to: '/reports/$reportId', params: { reportId: String(started.id) } }) },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-label="New report">
      <p className="text-sm text-slate-500">
        One PDF dossier per company: its facts, enrichment with sources and dates, key contacts by seniority and
        your branding. Leave the fields empty for every company.
      </p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField label="Name or domain contains" value={q} onChange={(e) => setQ(e.target.value)} />
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
      {start.isError && <ProblemAlert error={start.error} action="Could not start the report" />}
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={!canStart || start.isPending}>
          {start.isPending ? 'Starting…' : 'Create dossiers'}
        </Button>
      </div>
    </form>
  );
}
