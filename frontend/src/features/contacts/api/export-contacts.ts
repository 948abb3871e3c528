import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

import type { ContactsQuery } from '@/features/contacts/api/get-contacts';

/**
 * Fetches every contact the filters match as CSV (in the list's order) and hands it to the
 * browser as a download.
 */
export async function exportContacts(query: ContactsQuery): Promise<void> {
  const call = api.GET('/api/v1/contacts/export', {
    params: { query },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), 'contacts.csv');
}

export function useExportContacts() {
  return useMutation({ mutationFn: exportContacts });
}
