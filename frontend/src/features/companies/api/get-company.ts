import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { companiesQueryKey } from '@/features/companies/api/get-companies';

export type CompanyDetailView = components['schemas']['CompanyDetailView'];

export function getCompany({ id, signal }: { id: number; signal?: AbortSignal }): Promise<CompanyDetailView> {
  return unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } }, signal }));
}

export function getCompanyQueryOptions(id: number) {
  return queryOptions({
    queryKey: [...companiesQueryKey, 'detail', id],
    queryFn: ({ signal }) => getCompany({ id, signal }),
  });
}

export function useCompany(id: number) {
  return useQuery(getCompanyQueryOptions(id));
}
