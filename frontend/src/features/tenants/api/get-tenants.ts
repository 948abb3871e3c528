import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type TenantView = components['schemas']['TenantView'];
export type TenantPage = components['schemas']['TenantPage'];

export const TENANTS_PAGE_SIZE = 50;

export const tenantsQueryKey = ['admin', 'tenants'] as const;

export function getTenants({
  cursor,
  signal,
}: { cursor?: string; signal?: AbortSignal } = {}): Promise<TenantPage> {
  return unwrap(
    api.GET('/api/v1/admin/tenants', {
      params: { query: { limit: TENANTS_PAGE_SIZE, cursor } },
      signal,
    }),
  );
}

export function getTenantsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...tenantsQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getTenants({ cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useTenants() {
  return useInfiniteQuery(getTenantsQueryOptions());
}
