import { ApiError } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type ImportView = Schemas['ImportView'];
export type MappingRequest = Schemas['MappingRequest'];
export type TargetField = NonNullable<Schemas['ColumnMapping']['field']>;
export type ExistingPolicy = NonNullable<MappingRequest['existing']>;

/** Every target a column can go to, in the order the selector lists them. */
export const TARGET_FIELDS = [
  { value: 'EMAIL', label: 'E-mail' },
  { value: 'FIRST_NAME', label: 'First name' },
  { value: 'LAST_NAME', label: 'Last name' },
  { value: 'FULL_NAME', label: 'Full name' },
  { value: 'JOB_TITLE', label: 'Job title' },
  { value: 'COMPANY_NAME', label: 'Company name' },
  { value: 'WEBSITE', label: 'Company website' },
  { value: 'PHONE', label: 'Phone' },
  { value: 'CITY', label: 'City' },
  { value: 'COUNTRY', label: 'Country' },
  { value: 'LINKEDIN_URL', label: 'LinkedIn URL' },
  { value: 'CUSTOM', label: 'Custom attribute' },
  { value: 'IGNORE', label: 'Do not import' },
] as const satisfies readonly { value: TargetField; label: string }[];

export function fieldLabel(field: TargetField): string {
  return TARGET_FIELDS.find(({ value }) => value === field)?.label ?? field;
}

/** At most one column may go to a field, except to a custom attribute or nowhere. */
export function isUniqueField(field: TargetField): boolean {
  return field !== 'CUSTOM' && field !== 'IGNORE';
}

/** What the user chose for one column; `attribute` only counts for CUSTOM (blank: the header). */
export type ColumnChoice = { column: number; field: TargetField; attribute: string };

/** The policy options sent with a mapping; `defaultCountry` as typed, blank for none. */
export type ImportOptions = {
  existing: ExistingPolicy;
  defaultCountry: string;
  allowWithoutEmail: boolean;
  /** Rows with fewer fields than the header: imported with blanks (true) or rejected. */
  fillMissingValues: boolean;
};

/**
 * One choice per column: the confirmed mapping when there is one (columns it leaves out are not
 * imported), else the suggestions, else nothing imported.
 */
export function initialChoices(
  view: Pick<ImportView, 'headers' | 'mapping' | 'suggestions'>,
): ColumnChoice[] {
  return view.headers.map((header, column) => {
    const source = view.mapping
      ? view.mapping.find((entry) => entry.column === column)
      : view.suggestions.find((entry) => entry.column === column);
    const field = source?.field ?? 'IGNORE';
    // A confirmed name, else the name given to this header in an earlier import, else the header.
    const named = source && 'attribute' in source ? source.attribute : undefined;
    return { column, field, attribute: field === 'CUSTOM' ? (named ?? header) : '' };
  });
}

export function initialOptions(view: Pick<ImportView, 'options'>): ImportOptions {
  return {
    existing: view.options.existing,
    defaultCountry: view.options.defaultCountry ?? '',
    allowWithoutEmail: view.options.allowWithoutEmail,
    fillMissingValues: view.options.fillMissingValues,
  };
}

/** Two or more columns sent to the same field or kept under the same attribute name. */
export type MappingConflict =
  | { kind: 'field'; field: TargetField; columns: number[] }
  | { kind: 'attribute'; name: string; columns: number[] };

/** The conflicts the API would refuse, found before asking it. */
export function mappingConflicts(choices: readonly ColumnChoice[], headers: readonly string[]) {
  const byField = new Map<TargetField, number[]>();
  const byAttribute = new Map<string, { name: string; columns: number[] }>();
  for (const choice of choices) {
    if (isUniqueField(choice.field)) {
      byField.set(choice.field, [...(byField.get(choice.field) ?? []), choice.column]);
    } else if (choice.field === 'CUSTOM') {
      const name = attributeName(choice, headers);
      const key = name.toLowerCase();
      const entry = byAttribute.get(key) ?? { name, columns: [] };
      byAttribute.set(key, { ...entry, columns: [...entry.columns, choice.column] });
    }
  }
  const conflicts: MappingConflict[] = [];
  for (const [field, columns] of byField) {
    if (columns.length > 1) {
      conflicts.push({ kind: 'field', field, columns });
    }
  }
  for (const { name, columns } of byAttribute.values()) {
    if (columns.length > 1 && name !== '') {
      conflicts.push({ kind: 'attribute', name, columns });
    }
  }
  return conflicts;
}

/** "E-mail is chosen for “Mail” and “E-Mail”; keep one." */
export function describeConflict(conflict: MappingConflict, headers: readonly string[]): string {
  const names = conflict.columns.map((column) => `“${headers[column] ?? `column ${column + 1}`}”`);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return conflict.kind === 'field'
    ? `${fieldLabel(conflict.field)} is chosen for ${list}; only one column can go there. Set the others to Custom attribute or Do not import.`
    : `${list} are ${names.length === 2 ? 'both' : 'all'} kept as the attribute “${conflict.name}”; give each its own name.`;
}

function attributeName(choice: ColumnChoice, headers: readonly string[]): string {
  return choice.attribute.trim() || (headers[choice.column] ?? '');
}

/** Two letters, e.g. DE; blank means none. */
export function isValidCountryCode(value: string): boolean {
  return value.trim() === '' || /^[A-Z]{2}$/.test(value.trim());
}

/**
 * What the API is sent to preview or confirm: only the columns to import (the API ignores the
 * others), an attribute name only for custom attributes, and no blank default country.
 */
export function buildMappingRequest(
  choices: readonly ColumnChoice[],
  options: ImportOptions,
): MappingRequest {
  const country = options.defaultCountry.trim().toUpperCase();
  return {
    columns: choices
      .filter(({ field }) => field !== 'IGNORE')
      .map(({ column, field, attribute }) =>
        field === 'CUSTOM' && attribute.trim() !== ''
          ? { column, field, attribute: attribute.trim() }
          : { column, field },
      ),
    existing: options.existing,
    ...(country ? { defaultCountry: country } : {}),
    allowWithoutEmail: options.allowWithoutEmail,
    fillMissingValues: options.fillMissingValues,
  };
}

/** The reasons of a 422 `invalid-mapping`, one sentence each; undefined for any other error. */
export function mappingProblems(error: unknown): string[] | undefined {
  if (!(error instanceof ApiError) || !error.is('invalid-mapping')) {
    return undefined;
  }
  const { problems } = error.extensions;
  const sentences = Array.isArray(problems)
    ? problems.filter((problem): problem is string => typeof problem === 'string')
    : [];
  return sentences.length > 0 ? sentences : error.detail ? [error.detail] : [];
}

/** A few distinct, non-blank values of one column from the sample rows. */
export function samplesOf(
  rows: readonly (readonly string[])[],
  column: number,
  count = 3,
): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = row[column]?.trim();
    if (value) {
      values.add(value);
    }
    if (values.size === count) {
      break;
    }
  }
  return [...values];
}
