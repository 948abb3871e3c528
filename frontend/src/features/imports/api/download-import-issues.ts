import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

/**
 * Fetches the rejected rows (with `warnings`, also the values changed or dropped in imported
 * rows) as CSV and hands it to the browser as a download.
 */
export async function downloadImportIssues({
  id,
  warnings,
}: {
  id: number;
  warnings: boolean;
}): Promise<void> {
  const call = api.GET('/api/v1/imports/{id}/errors', {
    params: { path: { id }, query: { warnings } },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  const fallback = `import-${id}-${warnings ? 'issues' : 'rejected'}.csv`;
  saveFile(blob, response.headers.get('Content-Disposition'), fallback);
}

export function useDownloadImportIssues(id: number) {
  return useMutation({
    mutationFn: (warnings: boolean) => downloadImportIssues({ id, warnings }),
  });
}
