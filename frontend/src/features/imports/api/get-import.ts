import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { importsQueryKey } from '@/features/imports/api/get-imports';
import { IMPORT_LIVE_REFRESH_MS, isActive } from '@/features/imports/utils/import-status';

export type ImportView = components['schemas']['ImportView'];

export function getImport({ id, signal }: { id: number; signal?: AbortSignal }): Promise<ImportView> {
  return unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id } }, signal }));
}

export function importQueryKey(id: number) {
  return [...importsQueryKey, 'detail', id] as const;
}

/** Every second while the import runs: its row count moves chunk by chunk. */
export function importRefetchInterval(data: ImportView | undefined): number | false {
  return data && isActive(data.status) ? IMPORT_LIVE_REFRESH_MS : false;
}

export function getImportQueryOptions(id: number) {
  return queryOptions({
    queryKey: importQueryKey(id),
    queryFn: ({ signal }) => getImport({ id, signal }),
    refetchInterval: (query) => importRefetchInterval(query.state.data),
    staleTime: 0,
  });
}

export function useImport(id: number) {
  return useQuery(getImportQueryOptions(id));
}
