import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export type ContactAttributeNames = components['schemas']['ContactAttributeNames'];

/** The tenant's custom attribute names, as its imports recorded them. */
export function getContactAttributes(signal?: AbortSignal): Promise<ContactAttributeNames> {
  return unwrap(api.GET('/api/v1/contacts/attributes', { signal }));
}

export function getContactAttributesQueryOptions() {
  return queryOptions({
    queryKey: [...contactsQueryKey, 'attributes'],
    queryFn: ({ signal }) => getContactAttributes(signal),
    staleTime: 60_000,
  });
}

/** The names, fetched only while `enabled` (the column chooser is open). */
export function useContactAttributes({ enabled }: { enabled: boolean }) {
  return useQuery({ ...getContactAttributesQueryOptions(), enabled });
}
