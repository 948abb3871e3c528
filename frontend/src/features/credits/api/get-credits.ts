import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type CreditsView = components['schemas']['CreditsView'];
export type LedgerEntry = components['schemas']['Entry'];

export const LEDGER_PAGE_SIZE = 50;

/** Balance, held, available, one page of the ledger (older than `before`) and the last 30 days' usage. */
export function getCreditsQueryOptions(before?: number) {
  return queryOptions({
    queryKey: ['credits', { before }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/credits', {
          params: { query: { before, limit: LEDGER_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCredits(before?: number) {
  return useQuery(getCreditsQueryOptions(before));
}
