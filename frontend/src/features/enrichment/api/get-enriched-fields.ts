import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type EnrichedFieldView = components['schemas']['EnrichedFieldView'];

export type EnrichedEntity = 'contact' | 'company';

export function getEnrichedFields({
  entity,
  id,
  signal,
}: {
  entity: EnrichedEntity;
  id: number;
  signal?: AbortSignal;
}): Promise<EnrichedFieldView[]> {
  return entity === 'contact'
    ? unwrap(api.GET('/api/v1/contacts/{id}/enrichment', { params: { path: { id } }, signal }))
    : unwrap(api.GET('/api/v1/companies/{id}/enrichment', { params: { path: { id } }, signal }));
}

export function getEnrichedFieldsQueryOptions(entity: EnrichedEntity, id: number) {
  return queryOptions({
    queryKey: ['enrichment', 'fields', entity, id],
    queryFn: ({ signal }) => getEnrichedFields({ entity, id, signal }),
  });
}

export function useEnrichedFields(entity: EnrichedEntity, id: number) {
  return useQuery(getEnrichedFieldsQueryOptions(entity, id));
}
