import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { anyActive, LIVE_REFRESH_MS } from '@/features/enrichment/utils/run-status';

export type EnrichmentRun = components['schemas']['EnrichmentRunView'];

export const enrichmentQueryKey = ['enrichment'] as const;

export const RUNS_PAGE_SIZE = 20;

export function getEnrichmentRunsQueryOptions(before?: number) {
  return queryOptions({
    queryKey: [...enrichmentQueryKey, 'runs', { before }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/enrichment/runs', {
          params: { query: { before, limit: RUNS_PAGE_SIZE } },
          signal,
        }),
      ),
    // While a run of the page is working, its counts move: ask again shortly.
    refetchInterval: (query) => (anyActive(query.state.data) ? LIVE_REFRESH_MS : false),
    placeholderData: keepPreviousData,
  });
}

export function useEnrichmentRuns(before?: number) {
  return useQuery(getEnrichmentRunsQueryOptions(before));
}
