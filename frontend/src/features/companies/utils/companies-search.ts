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
};

export const MAX_QUERY_LENGTH = 200;

/** The companies search from a URL's parameters; values the API would refuse are dropped. */
export function parseCompaniesSearch(raw: Record<string, unknown>): CompaniesSearch {
  const q = textParam(raw.q)?.trim() ?? '';
  return {
    q: q && q.length <= MAX_QUERY_LENGTH ? q : undefined,
    sort: COMPANY_SORTS.find((sort) => sort === raw.sort && sort !== DEFAULT_COMPANY_SORT),
  };
}
