import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type Report = components['schemas']['ReportView'];

export const reportsQueryKey = ['reports'] as const;

export const REPORTS_PAGE_SIZE = 20;

/** How often a page with a report in progress asks again. */
export const LIVE_REFRESH_MS = 2_000;

export function isActive(status: string): boolean {
  return ['QUEUED', 'STARTING', 'STARTED', 'STOPPING'].includes(status);
}

export function getReportsQueryOptions(before?: number) {
  return queryOptions({
    queryKey: [...reportsQueryKey, 'list', { before }],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/reports', { params: { query: { before, limit: REPORTS_PAGE_SIZE } }, signal })),
    refetchInterval: (query) =>
      query.state.data?.some((report) => isActive(report.status)) ? LIVE_REFRESH_MS : false,
    placeholderData: keepPreviousData,
  });
}

export function useReports(before?: number) {
  return useQuery(getReportsQueryOptions(before));
}
