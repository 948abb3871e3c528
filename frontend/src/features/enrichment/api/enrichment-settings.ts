import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { enrichmentQueryKey } from '@/features/enrichment/api/get-enrichment-runs';

type Settings = components['schemas']['EnrichmentSettings'];
/** The settings; the ideal customer (for the deep research stage's fit score) is left out to keep it as it is. */
export type EnrichmentSettings = Required<Omit<Settings, 'idealCustomer'>> & Pick<Settings, 'idealCustomer'>;

const settingsKey = [...enrichmentQueryKey, 'settings'] as const;

export function getEnrichmentSettingsQueryOptions() {
  return queryOptions({
    queryKey: settingsKey,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/enrichment/settings', { signal })) as Promise<EnrichmentSettings>,
  });
}

export function useEnrichmentSettings() {
  return useQuery(getEnrichmentSettingsQueryOptions());
}

/** Replaces the tenant's settings (owners and admins); answers what was saved. */
export function saveEnrichmentSettings(settings: EnrichmentSettings): Promise<EnrichmentSettings> {
  return unwrap(api.PUT('/api/v1/enrichment/settings', { body: settings })) as Promise<EnrichmentSettings>;
}

export function useSaveEnrichmentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEnrichmentSettings,
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}
