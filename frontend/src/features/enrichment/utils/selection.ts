import type { EnrichmentRequest } from '@/features/enrichment/api/estimate-enrichment';

export const EMAIL_STATUSES = ['VALID', 'RISKY', 'INVALID', 'UNVERIFIED', 'UNKNOWN'] as const;

/** What the form holds, as the user typed it. */
export type SelectionForm = {
  stage: string;
  scope: 'all' | 'filter';
  /** ISO codes, separated by commas or spaces. */
  countries: string;
  emailStatus: string[];
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

/** The request body for estimate and start; an empty filter means every contact. */
export function toRequest(form: SelectionForm): EnrichmentRequest {
  const budget = form.budget.trim() === '' ? undefined : Number(form.budget);
  const countries = countriesOf(form.countries);
  const filter = {
    ...(countries.length ? { country: countries } : {}),
    ...(form.emailStatus.length ? { emailStatus: form.emailStatus } : {}),
  };
  const selection =
    form.scope === 'filter' && Object.keys(filter).length > 0 ? { filter } : { all: true };
  return {
    stage: form.stage,
    ...selection,
    ...(form.force ? { force: true } : {}),
    ...(budget !== undefined && Number.isFinite(budget) ? { budget } : {}),
  };
}
