import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

import type { ItemState } from '@/features/enrichment/api/get-enrichment-items';

/**
 * Fetches a run's item results (only those in `state`, if given) as CSV with the access token
 * and hands it to the browser as a download.
 */
export async function downloadEnrichmentItems({
  id,
  state,
}: {
  id: number;
  state?: ItemState;
}): Promise<void> {
  const call = api.GET('/api/v1/enrichment/runs/{id}/items.csv', {
    params: { path: { id }, query: { state: state ? [state] : undefined } },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), `enrichment-run-${id}-items.csv`);
}

export function useDownloadEnrichmentItems(id: number) {
  return useMutation({
    mutationFn: (state: ItemState | undefined) => downloadEnrichmentItems({ id, state }),
  });
}
