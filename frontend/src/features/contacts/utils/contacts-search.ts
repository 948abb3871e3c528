import { countryName } from '@/lib/format';
import { textParam } from '@/lib/search-params';

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

/** Title seniorities as the Person stage sets them, most senior first (the API's list). */
export const SENIORITIES = [
  'OWNER',
  'C_LEVEL',
  'VP',
  'HEAD',
  'DIRECTOR',
  'MANAGER',
  'SENIOR',
  'ENTRY',
  'INTERN',
] as const;

export type Seniority = (typeof SENIORITIES)[number];

export const SENIORITY_LABELS: Readonly<Record<Seniority, string>> = {
  OWNER: 'Owner',
  C_LEVEL: 'C-level',
  VP: 'VP',
  HEAD: 'Head',
  DIRECTOR: 'Director',
  MANAGER: 'Manager',
  SENIOR: 'Senior',
  ENTRY: 'Entry',
  INTERN: 'Intern',
};

/** Departments as the Person stage sets them (the API's list). */
export const DEPARTMENTS = [
  'EXECUTIVE',
  'ENGINEERING',
  'PRODUCT',
  'DESIGN',
  'SALES',
  'MARKETING',
  'CUSTOMER_SUCCESS',
  'SUPPORT',
  'OPERATIONS',
  'FINANCE',
  'HR',
  'LEGAL',
  'IT',
  'DATA',
  'OTHER',
] as const;

export type Department = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_LABELS: Readonly<Record<Department, string>> = {
  EXECUTIVE: 'Executive',
  ENGINEERING: 'Engineering',
  PRODUCT: 'Product',
  DESIGN: 'Design',
  SALES: 'Sales',
  MARKETING: 'Marketing',
  CUSTOMER_SUCCESS: 'Customer success',
  SUPPORT: 'Support',
  OPERATIONS: 'Operations',
  FINANCE: 'Finance',
  HR: 'HR',
  LEGAL: 'Legal',
  IT: 'IT',
  DATA: 'Data',
  OTHER: 'Other',
};

/** A value's label from one of the lists above; a value the dashboard does not know yet as is. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

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
  seniority?: Seniority[];
  department?: Department[];
  createdWithin?: CreatedWithin;
  /** Contacts created by this import ("view imported contacts" on an import's page). */
  importId?: number;
  /** The saved view picked last (its id); the page may have been changed since. */
  view?: number;
};

export const MAX_QUERY_LENGTH = 200;

const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * The contacts search from a URL's parameters. Anything the API would refuse is dropped
 * rather than sent, so a hand-edited or stale link still opens a working page.
 */
export function parseContactsSearch(raw: Record<string, unknown>): ContactsSearch {
  const q = textParam(raw.q)?.trim() ?? '';
  const country = listOf(raw.country)
    .map((code) => code.toUpperCase())
    .filter((code) => COUNTRY_CODE.test(code));
  const emailStatus = listOf(raw.emailStatus).filter(isEmailStatus);
  const seniority = listOf(raw.seniority).filter((value): value is Seniority => isOneOf(SENIORITIES, value));
  const department = listOf(raw.department).filter((value): value is Department => isOneOf(DEPARTMENTS, value));
  const createdWithin = CREATED_WITHIN_DAYS.find((days) => days === Number(raw.createdWithin));
  const importId = Number(raw.importId);
  return {
    q: q && q.length <= MAX_QUERY_LENGTH ? q : undefined,
    sort: CONTACT_SORTS.find((sort) => sort === raw.sort && sort !== DEFAULT_CONTACT_SORT),
    country: country.length ? [...new Set(country)] : undefined,
    hasEmail: typeof raw.hasEmail === 'boolean' ? raw.hasEmail : undefined,
    hasPhone: typeof raw.hasPhone === 'boolean' ? raw.hasPhone : undefined,
    emailStatus: emailStatus.length ? [...new Set(emailStatus)] : undefined,
    seniority: seniority.length ? [...new Set(seniority)] : undefined,
    department: department.length ? [...new Set(department)] : undefined,
    createdWithin,
    importId: Number.isSafeInteger(importId) && importId > 0 ? importId : undefined,
    view: typeof raw.view === 'number' && Number.isSafeInteger(raw.view) && raw.view > 0 ? raw.view : undefined,
  };
}

/** What a saved view keeps of a search: its filters and search text (not the order nor the view). */
export function viewFilters(search: ContactsSearch): Record<string, unknown> {
  const { sort: _sort, view: _view, ...filters } = search;
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}

/** The search a saved view opens, read like a URL's parameters so a stale view still opens. */
export function searchOfView(view: { id: number; filters: Record<string, unknown>; sort: string }): ContactsSearch {
  const search = parseContactsSearch({ ...view.filters, sort: view.sort });
  return Object.fromEntries(
    Object.entries({ ...search, view: view.id }).filter(([, value]) => value !== undefined),
  ) as ContactsSearch;
}

function listOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

function isEmailStatus(value: string): value is EmailStatus {
  return isOneOf(EMAIL_STATUSES, value);
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
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
    seniority: search.seniority,
    department: search.department,
    createdFrom: search.createdWithin ? createdSince(search.createdWithin, now) : undefined,
    importId: search.importId,
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
  for (const seniority of search.seniority ?? []) {
    chips.push({
      key: `seniority:${seniority}`,
      label: `Seniority: ${SENIORITY_LABELS[seniority]}`,
      without: { ...search, seniority: withoutValue(search.seniority, seniority) },
    });
  }
  for (const department of search.department ?? []) {
    chips.push({
      key: `department:${department}`,
      label: `Department: ${DEPARTMENT_LABELS[department]}`,
      without: { ...search, department: withoutValue(search.department, department) },
    });
  }
  if (search.createdWithin !== undefined) {
    chips.push({
      key: 'createdWithin',
      label: `Created in the last ${search.createdWithin} days`,
      without: { ...search, createdWithin: undefined },
    });
  }
  if (search.importId !== undefined) {
    chips.push({
      key: 'importId',
      label: `Created by import #${search.importId}`,
      without: { ...search, importId: undefined },
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
