import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form';
import { localDateTimeToInstant } from '@/lib/format';

import type { JobRunFilters } from '@/features/jobs/api/get-job-runs';
import {
  JOB_RUN_STATUSES,
  STATUS_TONES,
  type JobRunStatus,
} from '@/features/jobs/utils/run-status';

type Draft = { job: string; from: string; to: string };

const EMPTY_DRAFT: Draft = { job: '', from: '', to: '' };

/** The API accepts job names of letters, digits, dots, dashes and underscores. */
const JOB_NAME = /^[A-Za-z0-9_.-]*$/;

// One ring colour per status, matching the status chips in the table.
const PRESSED: Readonly<Record<(typeof STATUS_TONES)[JobRunStatus], string>> = {
  slate: 'aria-pressed:bg-slate-100 aria-pressed:text-slate-800 aria-pressed:ring-slate-500',
  indigo: 'aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 aria-pressed:ring-indigo-500',
  violet: 'aria-pressed:bg-violet-50 aria-pressed:text-violet-700 aria-pressed:ring-violet-500',
  sky: 'aria-pressed:bg-sky-50 aria-pressed:text-sky-700 aria-pressed:ring-sky-500',
  emerald: 'aria-pressed:bg-emerald-50 aria-pressed:text-emerald-700 aria-pressed:ring-emerald-500',
  amber: 'aria-pressed:bg-amber-50 aria-pressed:text-amber-800 aria-pressed:ring-amber-500',
  orange: 'aria-pressed:bg-orange-50 aria-pressed:text-orange-700 aria-pressed:ring-orange-500',
  red: 'aria-pressed:bg-red-50 aria-pressed:text-red-700 aria-pressed:ring-red-500',
};

type JobRunsFiltersProps = {
  value: JobRunFilters;
  onChange: (filters: JobRunFilters) => void;
};

/**
 * Narrows the list of runs. Status chips apply at once; the job name and time range when the
 * reader presses Apply.
 */
export function JobRunsFilters({ value, onChange }: JobRunsFiltersProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const selected = value.status ?? [];

  function set(field: keyof Draft, next: string) {
    setDraft((current) => ({ ...current, [field]: next }));
  }

  function toggle(status: JobRunStatus) {
    const next = selected.includes(status)
      ? selected.filter((s) => s !== status)
      : JOB_RUN_STATUSES.filter((s) => s === status || selected.includes(s));
    onChange(withoutEmpty({ ...value, status: next }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nextErrors: Partial<Record<keyof Draft, string>> = {};
    const job = draft.job.trim();
    if (!JOB_NAME.test(job)) {
      nextErrors.job = 'Letters, digits, dots, dashes and underscores only';
    }
    const from = localDateTimeToInstant(draft.from);
    const to = localDateTimeToInstant(draft.to);
    if (from && to && from >= to) {
      nextErrors.to = 'Must be later than “From”';
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    onChange(withoutEmpty({ status: value.status, job: job || undefined, from, to }));
  }

  function handleReset() {
    setDraft(EMPTY_DRAFT);
    setErrors({});
    onChange({});
  }

  return (
    <form onSubmit={handleSubmit} aria-label="Filter job runs" className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Status</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {JOB_RUN_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={selected.includes(status)}
              onClick={() => toggle(status)}
              className={`rounded-full px-2.5 py-1 text-xs font-medium text-slate-600 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${PRESSED[STATUS_TONES[status]]}`}
            >
              {status}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_auto]">
        <TextField
          label="Job"
          placeholder="Any job, e.g. csvImportJob"
          autoComplete="off"
          maxLength={100}
          value={draft.job}
          onChange={(event) => set('job', event.target.value)}
          error={errors.job}
        />
        <TextField
          label="From"
          type="datetime-local"
          value={draft.from}
          onChange={(event) => set('from', event.target.value)}
          error={errors.from}
        />
        <TextField
          label="To"
          type="datetime-local"
          value={draft.to}
          onChange={(event) => set('to', event.target.value)}
          error={errors.to}
        />
        <div className="flex items-start gap-2 sm:col-span-2 lg:col-span-1 lg:pt-6.5">
          <Button type="submit" variant="primary">
            Apply
          </Button>
          <Button onClick={handleReset}>Reset</Button>
        </div>
      </div>
    </form>
  );
}

function withoutEmpty(filters: JobRunFilters): JobRunFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as JobRunFilters;
}
