import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { importQueryKey, type ImportView } from '@/features/imports/api/get-import';
import { importsQueryKey } from '@/features/imports/api/get-imports';
import type { MappingRequest } from '@/features/imports/api/preview-import';

/**
 * Confirms the mapping and options, then starts the import. The idempotency key makes a
 * repeated start (a double click, a retry after a lost answer) answer the same run.
 *
 * @throws ApiError 422 `invalid-mapping` with `problems`, 409 `import-state-conflict` when the
 *   import has already started, 403 for viewers.
 */
export async function startImport({
  id,
  request,
  idempotencyKey,
}: {
  id: number;
  request: MappingRequest;
  idempotencyKey: string;
}): Promise<ImportView> {
  const params = { path: { id } };
  await unwrap(api.PUT('/api/v1/imports/{id}/mapping', { params, body: request }));
  return unwrap(
    api.POST('/api/v1/imports/{id}/start', {
      params: { ...params, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useStartImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { request: MappingRequest; idempotencyKey: string }) =>
      startImport({ id, ...input }),
    onSuccess: (view) => queryClient.setQueryData(importQueryKey(id), view),
    // Refused as already started (another tab, say): show the import as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: importQueryKey(id) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] }),
  });
}
