import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export type ContactDetailView = components['schemas']['ContactDetailView'];

export function getContact({ id, signal }: { id: number; signal?: AbortSignal }): Promise<ContactDetailView> {
  return unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } }, signal }));
}

export function getContactQueryOptions(id: number) {
  return queryOptions({
    queryKey: [...contactsQueryKey, 'detail', id],
    queryFn: ({ signal }) => getContact({ id, signal }),
  });
}

export function useContact(id: number) {
  return useQuery(getContactQueryOptions(id));
}
