import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type UserView = components['schemas']['UserView'];
export type UserPage = components['schemas']['UserPage'];

export const USERS_PAGE_SIZE = 50;

/** Every query about users starts with this key; mutations invalidate it. */
export const usersQueryKey = ['users'] as const;

export function getUsers({
  cursor,
  signal,
}: { cursor?: string; signal?: AbortSignal } = {}): Promise<UserPage> {
  return unwrap(
    api.GET('/api/v1/users', {
      params: { query: { limit: USERS_PAGE_SIZE, cursor } },
      signal,
    }),
  );
}

export function getUsersQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...usersQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getUsers({ cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useUsers() {
  return useInfiniteQuery(getUsersQueryOptions());
}
