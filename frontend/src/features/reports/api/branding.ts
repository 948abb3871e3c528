import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { reportsQueryKey } from '@/features/reports/api/get-reports';

export type Branding = components['schemas']['BrandingView'];

const brandingQueryKey = [...reportsQueryKey, 'branding'] as const;

export function getBrandingQueryOptions() {
  return queryOptions({
    queryKey: brandingQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reports/branding', { signal })),
  });
}

export function useBranding() {
  return useQuery(getBrandingQueryOptions());
}

/**
 * Saves how the tenant's dossiers look; reports started afterwards use it.
 *
 * @throws ApiError 400 `validation-failed` naming the field (colour, logo too large, media type).
 */
export function useSaveBranding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Branding) => unwrap(api.PUT('/api/v1/reports/branding', { body })),
    onSuccess: (saved) => queryClient.setQueryData(brandingQueryKey, saved),
  });
}
