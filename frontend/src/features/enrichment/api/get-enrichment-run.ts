import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { enrichmentQueryKey, type EnrichmentRun } from '@/features/enrichment/api/get-enrichment-runs';
import { isActive, LIVE_REFRESH_MS } from '@/features/enrichment/utils/run-status';

export function enrichmentRunQueryKey(id: number) {
  return [...enrichmentQueryKey, 'run', id] as const;
}

/** Ask again every couple of seconds while the run may still change. */
export function enrichmentRunRefetchInterval(run: EnrichmentRun | undefined): number | false {
  return run && isActive(run.status) ? LIVE_REFRESH_MS : false;
}

export function getEnrichmentRunQueryOptions(id: number) {
  return queryOptions({
    queryKey: enrichmentRunQueryKey(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/enrichment/runs/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => enrichmentRunRefetchInterval(query.state.data),
    staleTime: 0,
  });
}

export function useEnrichmentRun(id: number) {
  return useQuery(getEnrichmentRunQueryOptions(id));
}
