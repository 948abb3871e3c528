import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { importQueryKey, type ImportView } from '@/features/imports/api/get-import';
import { importsQueryKey } from '@/features/imports/api/get-imports';

/**
 * Stops an import: at once when queued, at its next chunk boundary when running. Rows
 * already committed stay imported.
 *
 * @throws ApiError 409 `job-run-conflict` when the run has already ended, 403 for viewers.
 */
export function stopImport(id: number): Promise<ImportView> {
  return unwrap(api.POST('/api/v1/imports/{id}/stop', { params: { path: { id } } }));
}

export function useStopImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => stopImport(id),
    onSuccess: (view) => queryClient.setQueryData(importQueryKey(id), view),
    // Refused because it ended meanwhile: show the import as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: importQueryKey(id) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] }),
  });
}
