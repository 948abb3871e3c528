import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { EnrichmentRequest } from '@/features/enrichment/api/estimate-enrichment';
import { enrichmentQueryKey } from '@/features/enrichment/api/get-enrichment-runs';

export type StartedRun = components['schemas']['StartedView'];

/**
 * Starts a run, which holds its maximum (or budget) of credits.
 *
 * @throws ApiError 402 `insufficient-credits` when the available credits do not cover it,
 *   409 `nothing-to-enrich` when every selected record is fresh.
 */
export function startEnrichmentRun(body: EnrichmentRequest): Promise<StartedRun> {
  return unwrap(api.POST('/api/v1/enrichment/runs', { body }));
}

export function useStartEnrichmentRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startEnrichmentRun,
    onSettled: () => queryClient.invalidateQueries({ queryKey: enrichmentQueryKey }),
  });
}
