import { useMutation, useQueryClient } from '@tanstack/react-query';

import { uploadWithProgress, type UploadProgress } from '@/lib/upload';

import { importQueryKey, type ImportView } from '@/features/imports/api/get-import';
import { importsQueryKey } from '@/features/imports/api/get-imports';

/**
 * Sends a CSV file; the API stores it, detects its format and suggests a mapping.
 *
 * @throws ApiError 413 `payload-too-large` over the size limit, 422 `unreadable-file` (empty,
 *   binary, no header row, too many columns) whose detail says which; 403 for viewers.
 */
export function uploadImport({
  file,
  onProgress,
  signal,
}: {
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}): Promise<ImportView> {
  const body = new FormData();
  body.append('file', file);
  return uploadWithProgress<ImportView>({ path: '/api/v1/imports', body, onProgress, signal });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: async (view) => {
      queryClient.setQueryData(importQueryKey(view.id), view);
      await queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}
