import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { enrichmentRunQueryKey } from '@/features/enrichment/api/get-enrichment-run';
import { LIVE_REFRESH_MS } from '@/features/enrichment/utils/run-status';

export type ProviderUsage = components['schemas']['ProviderUsageView'];

export function getRunProvidersQueryOptions(id: number, live: boolean) {
  return queryOptions({
    queryKey: [...enrichmentRunQueryKey(id), 'providers'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/enrichment/runs/{id}/providers', { params: { path: { id } }, signal })),
    refetchInterval: live ? LIVE_REFRESH_MS : false,
    staleTime: 0,
  });
}

/** The run's outside calls summed per provider; asked again while the run works. */
export function useRunProviders(id: number, live: boolean) {
  return useQuery(getRunProvidersQueryOptions(id, live));
}
