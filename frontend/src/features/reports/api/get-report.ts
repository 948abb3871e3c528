import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { isActive, LIVE_REFRESH_MS, reportsQueryKey } from '@/features/reports/api/get-reports';

export type ReportDetail = components['schemas']['ReportDetailView'];
export type ReportFile = components['schemas']['ReportFileView'];

export const FILES_PAGE_SIZE = 100;

export function getReportQueryOptions(id: number, after = 0) {
  return queryOptions({
    queryKey: [...reportsQueryKey, 'detail', id, { after }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/reports/{id}', {
          params: { path: { id }, query: { after, limit: FILES_PAGE_SIZE } },
          signal,
        }),
      ),
    // While it renders, its progress and files move: ask again shortly.
    refetchInterval: (query) =>
      query.state.data && isActive(query.state.data.report.status) ? LIVE_REFRESH_MS : false,
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: number, after = 0) {
  return useQuery(getReportQueryOptions(id, after));
}
