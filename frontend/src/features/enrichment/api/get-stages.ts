import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { enrichmentQueryKey } from '@/features/enrichment/api/get-enrichment-runs';

export type Stage = components['schemas']['StageView'];

export function getStagesQueryOptions() {
  return queryOptions({
    queryKey: [...enrichmentQueryKey, 'stages'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/enrichment/stages', { signal })),
    // The stages are configuration: they change with a deployment, not while the page is open.
    staleTime: 5 * 60_000,
  });
}

export function useStages() {
  return useQuery(getStagesQueryOptions());
}
