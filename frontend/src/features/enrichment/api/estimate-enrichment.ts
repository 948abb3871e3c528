import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type EnrichmentRequest = components['schemas']['EnrichmentRequestBody'];
export type EnrichmentEstimate = components['schemas']['EnrichmentEstimate'];

/** What a run would do and cost; nothing runs and nothing is held. */
export function estimateEnrichment(body: EnrichmentRequest): Promise<EnrichmentEstimate> {
  return unwrap(api.POST('/api/v1/enrichment/estimate', { body }));
}

export function useEstimateEnrichment() {
  return useMutation({ mutationFn: estimateEnrichment });
}
