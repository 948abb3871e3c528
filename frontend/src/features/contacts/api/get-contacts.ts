import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { useFirstPageOnLeave } from '@/hooks/use-first-page-on-leave';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api/schema';

export type ContactView = components['schemas']['ContactView'];
export type ContactPage = components['schemas']['ContactPage'];

/** The list's filters, search text and order: every parameter but the paging ones. */
export type ContactsQuery = Omit<
  NonNullable<paths['/api/v1/contacts']['get']['parameters']['query']>,
  'limit' | 'cursor' | 'count'
>;

export const CONTACTS_PAGE_SIZE = 200;

/** Every query about contacts starts with this key. */
export const contactsQueryKey = ['contacts'] as const;

/** One page; the first also asks for the total, which later pages do not need again. */
export function getContacts({
  query,
  cursor,
  signal,
}: {
  query: ContactsQuery;
  cursor?: string;
  signal?: AbortSignal;
}): Promise<ContactPage> {
  return unwrap(
    api.GET('/api/v1/contacts', {
      params: {
        query: {
          ...query,
          limit: CONTACTS_PAGE_SIZE,
          cursor,
          count: cursor === undefined ? true : undefined,
        },
      },
      signal,
    }),
  );
}

export function getContactsQueryOptions(query: ContactsQuery) {
  return infiniteQueryOptions({
    queryKey: [...contactsQueryKey, 'list', query],
    queryFn: ({ pageParam, signal }) => getContacts({ query, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // New filters keep the old rows on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** Contacts page by page; only the first page stays cached once the list is left. */
export function useContacts(query: ContactsQuery) {
  const options = getContactsQueryOptions(query);
  useFirstPageOnLeave(options.queryKey);
  return useInfiniteQuery(options);
}
