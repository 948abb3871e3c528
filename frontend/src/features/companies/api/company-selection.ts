import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { saveFile } from '@/lib/download';

import { companiesQueryKey, type CompaniesQuery } from '@/features/companies/api/get-companies';

export type CompaniesDeleted = components['schemas']['CompanySelectionDeletedView'];
export type RunAccepted = components['schemas']['RunAcceptedView'];

/** The selected companies as CSV, in the list's order, handed to the browser as a download. */
export async function exportSelectedCompanies({ ids, sort }: { ids: number[]; sort?: string }): Promise<void> {
  const call = api.POST('/api/v1/companies/selection/export', {
    params: { query: { sort } },
    body: { ids },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), 'companies-selected.csv');
}

/**
 * Fetches every company the filters match as CSV (in the list's order) and hands it to the
 * browser as a download.
 */
export async function exportCompanies(query: CompaniesQuery): Promise<void> {
  const call = api.GET('/api/v1/companies/export', {
    params: { query },
    headers: { Accept: 'text/csv, application/problem+json' },
    parseAs: 'blob',
  });
  const blob = await unwrap(call);
  const { response } = await call;
  saveFile(blob, response.headers.get('Content-Disposition'), 'companies.csv');
}

export function useExportCompanies() {
  return useMutation({
    mutationFn: (target: { kind: 'ids'; ids: number[]; sort?: string } | { kind: 'filter'; query: CompaniesQuery }) =>
      target.kind === 'ids' ? exportSelectedCompanies(target) : exportCompanies(target.query),
  });
}

/** Deletes the selected companies at once; their contacts stay, without a company. */
export function deleteSelectedCompanies(ids: number[]): Promise<CompaniesDeleted> {
  return unwrap(api.POST('/api/v1/companies/selection/delete', { body: { ids } }));
}

export function useDeleteSelectedCompanies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSelectedCompanies,
    // Contacts lost their company too.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: companiesQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['contacts'] }),
      ]),
  });
}

/**
 * Starts the bulk delete job for every company the filters match now; their contacts stay,
 * without a company.
 */
export function bulkDeleteCompanies(query: CompaniesQuery, idempotencyKey: string): Promise<RunAccepted> {
  const { sort: _sort, ...filter } = query;
  return unwrap(
    api.POST('/api/v1/companies/bulk-delete', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: filter,
    }),
  );
}

export function useBulkDeleteCompanies() {
  return useMutation({
    mutationFn: ({ query, idempotencyKey }: { query: CompaniesQuery; idempotencyKey: string }) =>
      bulkDeleteCompanies(query, idempotencyKey),
  });
}
