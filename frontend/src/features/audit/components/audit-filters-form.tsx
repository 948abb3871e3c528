import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form';
import { localDateTimeToInstant } from '@/lib/format';

import { groupActions, useAuditFacets } from '@/features/audit/api/get-audit-facets';
import type { AuditFilters } from '@/features/audit/api/get-audit-events';

type Draft = { action: string; actorId: string; from: string; to: string };

const EMPTY_DRAFT: Draft = { action: '', actorId: '', from: '', to: '' };

type AuditFiltersFormProps = {
  onApply: (filters: AuditFilters) => void;
};

/** Narrows the audit log; nothing is asked of the API until the reader applies the filters. */
export function AuditFiltersForm({ onApply }: AuditFiltersFormProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const facets = useAuditFacets();
  const unavailable = facets.isError ? 'Could not load the choices; try again later' : undefined;

  function set(field: keyof Draft, value: string) {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nextErrors: Partial<Record<keyof Draft, string>> = {};
    const actorId = draft.actorId;
    const from = localDateTimeToInstant(draft.from);
    const to = localDateTimeToInstant(draft.to);
    if (from && to && from >= to) {
      nextErrors.to = 'Must be later than “From”';
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    onApply(
      withoutEmpty({
        action: draft.action || undefined,
        actorId: actorId ? Number(actorId) : undefined,
        from,
        to,
      }),
    );
  }

  function handleReset() {
    setDraft(EMPTY_DRAFT);
    setErrors({});
    onApply({});
  }

  return (
    <form
      onSubmit={handleSubmit}
      aria-label="Filter audit events"
      className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      <SelectField
        label="Action"
        value={draft.action}
        onChange={(event) => set('action', event.target.value)}
        error={unavailable}
      >
        <option value="">All actions</option>
        {groupActions(facets.data?.actions ?? []).map(([group, actions]) => (
          <optgroup key={group} label={group}>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        label="Actor"
        value={draft.actorId}
        onChange={(event) => set('actorId', event.target.value)}
        error={unavailable}
      >
        <option value="">Anyone</option>
        {(facets.data?.actors ?? []).map((actor) => (
          <option key={actor.id} value={String(actor.id)}>
            {actor.displayName} ({actor.email})
          </option>
        ))}
      </SelectField>
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
    </form>
  );
}

function withoutEmpty(filters: AuditFilters): AuditFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined),
  ) as AuditFilters;
}
