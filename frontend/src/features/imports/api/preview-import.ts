import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { importsQueryKey } from '@/features/imports/api/get-imports';

export type MappingRequest = components['schemas']['MappingRequest'];
export type PreviewRow = components['schemas']['PreviewRow'];
export type RowIssue = components['schemas']['RowIssue'];
export type ContactFields = components['schemas']['ContactFields'];

/**
 * The sample rows as this mapping would import them; nothing is saved.
 *
 * @throws ApiError 422 `invalid-mapping` whose `problems` name every reason.
 */
export function previewImport({
  id,
  request,
  signal,
}: {
  id: number;
  request: MappingRequest;
  signal?: AbortSignal;
}): Promise<PreviewRow[]> {
  return unwrap(
    api.POST('/api/v1/imports/{id}/preview', { params: { path: { id } }, body: request, signal }),
  );
}

export function importPreviewQueryKey(id: number) {
  return [...importsQueryKey, 'preview', id] as const;
}

export function getImportPreviewQueryOptions(id: number, request: MappingRequest) {
  return queryOptions({
    queryKey: [...importPreviewQueryKey(id), request],
    queryFn: ({ signal }) => previewImport({ id, request, signal }),
    // The same mapping of the same sample always previews the same; keep the last one on
    // screen while the next is on its way.
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** Null while the mapping is not worth asking about (the page already shows why). */
export function useImportPreview(id: number, request: MappingRequest | null) {
  return useQuery({
    ...getImportPreviewQueryOptions(id, request ?? { columns: [] }),
    enabled: request !== null,
  });
}
