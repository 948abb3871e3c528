import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { IMPORT_LIVE_REFRESH_MS, isActive } from '@/features/imports/utils/import-status';

export type ImportSummaryView = components['schemas']['ImportSummaryView'];
export type ImportPage = components['schemas']['ImportPage'];

export const IMPORTS_PAGE_SIZE = 50;

/** Every query about imports starts with this key; uploads and starts invalidate it. */
export const importsQueryKey = ['imports'] as const;

export function getImports({
  cursor,
  signal,
}: { cursor?: string; signal?: AbortSignal } = {}): Promise<ImportPage> {
  return unwrap(
    api.GET('/api/v1/imports', { params: { query: { limit: IMPORTS_PAGE_SIZE, cursor } }, signal }),
  );
}

/** Ask again while any import on screen is running, never otherwise. */
export function importsRefetchInterval(data: InfiniteData<ImportPage> | undefined): number | false {
  const live = data?.pages.some((page) => page.items.some((item) => isActive(item.status)));
  return live ? IMPORT_LIVE_REFRESH_MS : false;
}

export function getImportsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...importsQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getImports({ cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    refetchInterval: (query) => importsRefetchInterval(query.state.data),
    staleTime: 0,
  });
}

export function useImports() {
  return useInfiniteQuery(getImportsQueryOptions());
}
