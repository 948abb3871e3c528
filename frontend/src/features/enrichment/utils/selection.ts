import type { EnrichmentRequest } from '@/features/enrichment/api/estimate-enrichment';

export const EMAIL_STATUSES = ['VALID', 'RISKY', 'INVALID', 'UNVERIFIED', 'UNKNOWN'] as const;

/** What a stage enriches, as the API names it. */
export type StageEntity = 'contact' | 'company';

/** What the form holds, as the user typed it. */
export type SelectionForm = {
  stage: string;
  scope: 'all' | 'filter';
  /** ISO codes, separated by commas or spaces. */
  countries: string;
  /** Contacts only. */
  emailStatus: string[];
  /** Companies only: part of the name or domain. */
  q: string;
  /** Companies only: with or without a domain, or either. */
  hasDomain: '' | 'true' | 'false';
  force: boolean;
  /** Empty for no budget. */
  budget: string;
};

export function countriesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * The request body for estimate and start: the contacts filter for contact stages, the
 * companies filter for company stages; an empty filter means every record.
 */
export function toRequest(form: SelectionForm, entity: StageEntity = 'contact'): EnrichmentRequest {
  const budget = form.budget.trim() === '' ? undefined : Number(form.budget);
  const countries = countriesOf(form.countries);
  const common = {
    stage: form.stage,
    ...(form.force ? { force: true } : {}),
    ...(budget !== undefined && Number.isFinite(budget) ? { budget } : {}),
  };
  if (entity === 'company') {
    const q = form.q.trim();
    const companyFilter = {
      ...(countries.length ? { country: countries } : {}),
      ...(q ? { q } : {}),
      ...(form.hasDomain ? { hasDomain: form.hasDomain === 'true' } : {}),
    };
    return form.scope === 'filter' && Object.keys(companyFilter).length > 0
      ? { ...common, companyFilter }
      : { ...common, all: true };
  }
  const filter = {
    ...(countries.length ? { country: countries } : {}),
    ...(form.emailStatus.length ? { emailStatus: form.emailStatus } : {}),
  };
  return form.scope === 'filter' && Object.keys(filter).length > 0
    ? { ...common, filter }
    : { ...common, all: true };
}

/** A stage in words, for the stage picker: what it is and what it enriches. */
export function stageLabel(stage: { name: string; entity: string; available: boolean }): string {
  const names: Record<string, string> = {
    person: 'Person',
    company: 'Company website (L1)',
    research: 'Deep research (L2)',
  };
  const name = names[stage.name] ?? stage.name;
  const entity = stage.entity === 'company' ? 'companies' : 'contacts';
  return `${name} · ${entity}${stage.available ? '' : ' · unavailable'}`;
}
