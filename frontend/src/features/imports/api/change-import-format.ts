import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { importQueryKey, type ImportView } from '@/features/imports/api/get-import';
import { importPreviewQueryKey } from '@/features/imports/api/preview-import';

export type FormatRequest = components['schemas']['FormatRequest'];

/**
 * Reads the file again with another encoding, delimiter or quote; answers the import with new
 * sample rows and suggestions (a confirmed mapping is dropped when the columns change).
 *
 * @throws ApiError 409 `import-state-conflict` once the import has started.
 */
export function changeImportFormat({
  id,
  format,
}: {
  id: number;
  format: FormatRequest;
}): Promise<ImportView> {
  return unwrap(api.PUT('/api/v1/imports/{id}/format', { params: { path: { id } }, body: format }));
}

export function useChangeImportFormat(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (format: FormatRequest) => changeImportFormat({ id, format }),
    onSuccess: (view) => {
      // The sample rows changed: no earlier preview holds any more.
      queryClient.removeQueries({ queryKey: importPreviewQueryKey(id) });
      queryClient.setQueryData(importQueryKey(id), view);
    },
  });
}
