import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { useFirstPageOnLeave } from '@/hooks/use-first-page-on-leave';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api/schema';

export type CompanyView = components['schemas']['CompanyView'];
export type CompanyPage = components['schemas']['CompanyPage'];

/** The list's search text and order: every parameter but the paging ones. */
export type CompaniesQuery = Omit<
  NonNullable<paths['/api/v1/companies']['get']['parameters']['query']>,
  'limit' | 'cursor' | 'count'
>;

export const COMPANIES_PAGE_SIZE = 200;

/** Every query about companies starts with this key. */
export const companiesQueryKey = ['companies'] as const;

/** One page; the first also asks for the total, which later pages do not need again. */
export function getCompanies({
  query,
  cursor,
  signal,
}: {
  query: CompaniesQuery;
  cursor?: string;
  signal?: AbortSignal;
}): Promise<CompanyPage> {
  return unwrap(
    api.GET('/api/v1/companies', {
      params: {
        query: {
          ...query,
          limit: COMPANIES_PAGE_SIZE,
          cursor,
          count: cursor === undefined ? true : undefined,
        },
      },
      signal,
    }),
  );
}

export function getCompaniesQueryOptions(query: CompaniesQuery) {
  return infiniteQueryOptions({
    queryKey: [...companiesQueryKey, 'list', query],
    queryFn: ({ pageParam, signal }) => getCompanies({ query, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // A new search keeps the old rows on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** Companies page by page; only the first page stays cached once the list is left. */
export function useCompanies(query: CompaniesQuery) {
  const options = getCompaniesQueryOptions(query);
  useFirstPageOnLeave(options.queryKey);
  return useInfiniteQuery(options);
}
