import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

import type { AuditFilters } from '@/features/audit/api/get-audit-events';

/** Fetches every event the filters match as CSV (newest first) and hands it to the browser. */
export async function exportAuditEvents(filters: AuditFilters): Promise<void> {
  const call = api.GET('/api/v1/audit/export', {
    params: { query: filters },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), 'audit-log.csv');
}

export function useExportAuditEvents() {
  return useMutation({ mutationFn: exportAuditEvents });
}
