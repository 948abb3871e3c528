import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { saveFile } from '@/lib/download';

import { contactsQueryKey, type ContactsQuery } from '@/features/contacts/api/get-contacts';

export type RunAccepted = components['schemas']['RunAcceptedView'];

/** The selected contacts as CSV, in the list's order, handed to the browser as a download. */
export async function exportSelectedContacts({ ids, sort }: { ids: number[]; sort?: string }): Promise<void> {
  const call = api.POST('/api/v1/contacts/selection/export', {
    params: { query: { sort } },
    body: { ids },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), 'contacts-selected.csv');
}

export function useExportSelectedContacts() {
  return useMutation({ mutationFn: exportSelectedContacts });
}

/** Deletes the selected contacts at once; answers how many were deleted. */
export function deleteSelectedContacts(ids: number[]): Promise<number> {
  return unwrap(api.POST('/api/v1/contacts/selection/delete', { body: { ids } })).then((view) => view.deleted);
}

/** Starts the bulk delete job for every contact the filters match now. */
export function bulkDeleteContacts(query: ContactsQuery, idempotencyKey: string): Promise<RunAccepted> {
  const { sort: _sort, ...filter } = query;
  return unwrap(
    api.POST('/api/v1/contacts/bulk-delete', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: filter,
    }),
  );
}

export type DeleteOutcome = { kind: 'deleted'; count: number } | { kind: 'job'; runId: number };

export function useDeleteContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (
      target:
        | { kind: 'ids'; ids: number[] }
        | { kind: 'filter'; query: ContactsQuery; idempotencyKey: string },
    ): Promise<DeleteOutcome> =>
      target.kind === 'ids'
        ? { kind: 'deleted', count: await deleteSelectedContacts(target.ids) }
        : { kind: 'job', runId: (await bulkDeleteContacts(target.query, target.idempotencyKey)).id },
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}
