import { textParam } from '@/lib/search-params';

/** The orders the API offers; the first is its default (by name). */
export const COMPANY_SORTS = ['name', '-name', '-created', 'created', '-updated', 'updated'] as const;

export type CompanySort = (typeof COMPANY_SORTS)[number];

export const DEFAULT_COMPANY_SORT: CompanySort = 'name';

export const COMPANY_SORT_LABELS: Readonly<Record<CompanySort, string>> = {
  name: 'Name, A to Z',
  '-name': 'Name, Z to A',
  '-created': 'Newest first',
  created: 'Oldest first',
  '-updated': 'Recently updated',
  updated: 'Least recently updated',
};

/** What the companies list is narrowed to and ordered by; it lives in the page's URL. */
export type CompaniesSearch = {
  q?: string;
  sort?: CompanySort;
  /** ISO 3166 alpha-2 codes, any of them. */
  country?: string[];
  /** Only companies with (true) or without (false) a domain. */
  hasDomain?: boolean;
};

const COUNTRY_CODE = /^[A-Z]{2}$/;

export const MAX_QUERY_LENGTH = 200;

/** The companies search from a URL's parameters; values the API would refuse are dropped. */
export function parseCompaniesSearch(raw: Record<string, unknown>): CompaniesSearch {
  const q = textParam(raw.q)?.trim() ?? '';
  const country = (Array.isArray(raw.country) ? raw.country : [raw.country])
    .filter((code): code is string => typeof code === 'string')
    .map((code) => code.toUpperCase())
    .filter((code) => COUNTRY_CODE.test(code));
  return {
    q: q && q.length <= MAX_QUERY_LENGTH ? q : undefined,
    sort: COMPANY_SORTS.find((sort) => sort === raw.sort && sort !== DEFAULT_COMPANY_SORT),
    country: country.length ? [...new Set(country)] : undefined,
    hasDomain: typeof raw.hasDomain === 'boolean' ? raw.hasDomain : undefined,
  };
}

/** Whether a filter narrows the list (the search text aside). */
export function hasCompanyFilters(search: CompaniesSearch): boolean {
  return Boolean(search.country?.length) || search.hasDomain !== undefined;
}
