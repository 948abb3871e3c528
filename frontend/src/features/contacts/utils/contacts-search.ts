import { countryName } from '@/lib/format';

import type { ContactsQuery } from '@/features/contacts/api/get-contacts';

/** The orders the API offers; the first is its default (newest first). */
export const CONTACT_SORTS = [
  '-created',
  'created',
  'name',
  '-name',
  'company',
  '-company',
  '-updated',
  'updated',
] as const;

export type ContactSort = (typeof CONTACT_SORTS)[number];

export const DEFAULT_CONTACT_SORT: ContactSort = '-created';

export const CONTACT_SORT_LABELS: Readonly<Record<ContactSort, string>> = {
  '-created': 'Newest first',
  created: 'Oldest first',
  name: 'Name, A to Z',
  '-name': 'Name, Z to A',
  company: 'Company, A to Z',
  '-company': 'Company, Z to A',
  '-updated': 'Recently updated',
  updated: 'Least recently updated',
};

/** E-mail verification states, as enrichment sets them (imported addresses start UNVERIFIED). */
export const EMAIL_STATUSES = ['VALID', 'RISKY', 'INVALID', 'UNVERIFIED', 'UNKNOWN'] as const;

export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const EMAIL_STATUS_LABELS: Readonly<Record<EmailStatus, string>> = {
  VALID: 'Valid',
  RISKY: 'Risky',
  INVALID: 'Invalid',
  UNVERIFIED: 'Unverified',
  UNKNOWN: 'Unknown',
};

/** "Created in the last N days" choices. */
export const CREATED_WITHIN_DAYS = [7, 30] as const;

export type CreatedWithin = (typeof CREATED_WITHIN_DAYS)[number];

/** What the contacts list is narrowed to and ordered by; it lives in the page's URL. */
export type ContactsSearch = {
  q?: string;
  sort?: ContactSort;
  country?: string[];
  hasEmail?: boolean;
  hasPhone?: boolean;
  emailStatus?: EmailStatus[];
  createdWithin?: CreatedWithin;
};

export const MAX_QUERY_LENGTH = 200;

const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * The contacts search from a URL's parameters. Anything the API would refuse is dropped
 * rather than sent, so a hand-edited or stale link still opens a working page.
 */
export function parseContactsSearch(raw: Record<string, unknown>): ContactsSearch {
  const q = typeof raw.q === 'string' || typeof raw.q === 'number' ? String(raw.q).trim() : '';
  const country = listOf(raw.country)
    .map((code) => code.toUpperCase())
    .filter((code) => COUNTRY_CODE.test(code));
  const emailStatus = listOf(raw.emailStatus).filter(isEmailStatus);
  const createdWithin = CREATED_WITHIN_DAYS.find((days) => days === Number(raw.createdWithin));
  return {
    q: q && q.length <= MAX_QUERY_LENGTH ? q : undefined,
    sort: CONTACT_SORTS.find((sort) => sort === raw.sort && sort !== DEFAULT_CONTACT_SORT),
    country: country.length ? [...new Set(country)] : undefined,
    hasEmail: typeof raw.hasEmail === 'boolean' ? raw.hasEmail : undefined,
    hasPhone: typeof raw.hasPhone === 'boolean' ? raw.hasPhone : undefined,
    emailStatus: emailStatus.length ? [...new Set(emailStatus)] : undefined,
    createdWithin,
  };
}

function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

function isEmailStatus(value: string): value is EmailStatus {
  return (EMAIL_STATUSES as readonly string[]).includes(value);
}

/** Whether any filter or search text narrows the list (the order does not). */
export function isFiltered(search: ContactsSearch): boolean {
  return activeFilters(search).length > 0 || Boolean(search.q);
}

/**
 * The API's parameters for a search. "Created in the last 7 days" means today and the six
 * days before, from local midnight, so the parameters (and the cached pages) stay the same
 * all day.
 */
export function contactsQuery(
  search: ContactsSearch,
  companyId?: number,
  now = new Date(),
): ContactsQuery {
  return {
    q: search.q,
    sort: search.sort,
    companyId,
    country: search.country,
    hasEmail: search.hasEmail,
    hasPhone: search.hasPhone,
    emailStatus: search.emailStatus,
    createdFrom: search.createdWithin ? createdSince(search.createdWithin, now) : undefined,
  };
}

function createdSince(days: number, now: Date): string {
  const since = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (days - 1));
  return since.toISOString();
}

/** One active filter, as its chip shows it, and the search without it. */
export type ActiveFilter = {
  key: string;
  label: string;
  without: ContactsSearch;
};

/** The filters in effect, in the order their chips appear. */
export function activeFilters(search: ContactsSearch): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const code of search.country ?? []) {
    chips.push({
      key: `country:${code}`,
      label: `Country: ${countryName(code)}`,
      without: { ...search, country: withoutValue(search.country, code) },
    });
  }
  if (search.hasEmail !== undefined) {
    chips.push({
      key: 'hasEmail',
      label: search.hasEmail ? 'Has e-mail' : 'No e-mail',
      without: { ...search, hasEmail: undefined },
    });
  }
  if (search.hasPhone !== undefined) {
    chips.push({
      key: 'hasPhone',
      label: search.hasPhone ? 'Has phone' : 'No phone',
      without: { ...search, hasPhone: undefined },
    });
  }
  for (const status of search.emailStatus ?? []) {
    chips.push({
      key: `emailStatus:${status}`,
      label: `E-mail: ${EMAIL_STATUS_LABELS[status]}`,
      without: { ...search, emailStatus: withoutValue(search.emailStatus, status) },
    });
  }
  if (search.createdWithin !== undefined) {
    chips.push({
      key: 'createdWithin',
      label: `Created in the last ${search.createdWithin} days`,
      without: { ...search, createdWithin: undefined },
    });
  }
  return chips;
}

function withoutValue<T>(values: T[] | undefined, value: T): T[] | undefined {
  const rest = (values ?? []).filter((item) => item !== value);
  return rest.length ? rest : undefined;
}

/** The same search with `value` added to a list filter (kept once). */
export function withValue<T>(values: T[] | undefined, value: T): T[] {
  return values?.includes(value) ? values : [...(values ?? []), value];
}
