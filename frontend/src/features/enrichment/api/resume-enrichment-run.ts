import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { enrichmentRunQueryKey } from '@/features/enrichment/api/get-enrichment-run';
import { enrichmentQueryKey } from '@/features/enrichment/api/get-enrichment-runs';

/**
 * Resumes a stopped or failed run, optionally with a higher budget.
 *
 * @throws ApiError 402 when the credits still do not cover the rest, 409 when the run cannot resume.
 */
export function resumeEnrichmentRun({ id, budget }: { id: number; budget?: number }) {
  return unwrap(
    api.POST('/api/v1/enrichment/runs/{id}/resume', {
      params: { path: { id } },
      body: budget === undefined ? {} : { budget },
    }),
  );
}

export function useResumeEnrichmentRun(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (budget: number | undefined) => resumeEnrichmentRun({ id, budget }),
    onSuccess: (run) => queryClient.setQueryData(enrichmentRunQueryKey(id), run),
    onSettled: () => queryClient.invalidateQueries({ queryKey: enrichmentQueryKey }),
  });
}
