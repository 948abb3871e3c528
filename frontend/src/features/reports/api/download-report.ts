import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

/** Fetches one dossier with the access token and hands it to the browser as a download. */
export async function downloadReportFile({ id, fileId }: { id: number; fileId: number }): Promise<void> {
  const call = api.GET('/api/v1/reports/{id}/files/{fileId}', {
    params: { path: { id, fileId } },
    headers: { Accept: 'application/pdf, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), `dossier-${fileId}.pdf`);
}

/** Fetches every complete dossier of the report as one ZIP and hands it to the browser. */
export async function downloadReportZip(id: number): Promise<void> {
  const call = api.GET('/api/v1/reports/{id}/zip', {
    params: { path: { id } },
    headers: { Accept: 'application/zip, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), `report-${id}.zip`);
}

export function useDownloadReportFile(id: number) {
  return useMutation({ mutationFn: (fileId: number) => downloadReportFile({ id, fileId }) });
}

export function useDownloadReportZip(id: number) {
  return useMutation({ mutationFn: () => downloadReportZip(id) });
}
