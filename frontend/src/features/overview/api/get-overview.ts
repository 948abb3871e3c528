import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import { queryConfig } from '@/lib/react-query';

export type OverviewView = components['schemas']['OverviewView'];

/** The window the overview page charts, in days up to today. */
export const OVERVIEW_DAYS = 30;

export function getOverview({ days, signal }: { days: number; signal?: AbortSignal }): Promise<OverviewView> {
  return unwrap(api.GET('/api/v1/overview', { params: { query: { days } }, signal }));
}

export function getOverviewQueryOptions(days: number) {
  return queryOptions({
    queryKey: ['overview', days],
    queryFn: ({ signal }) => getOverview({ days, signal }),
    // An empty tenant is about to import its first file: coming back must show the new figures.
    staleTime: (query) => (query.state.data?.contacts === 0 ? 0 : queryConfig.queries.staleTime),
  });
}

export function useOverview(days: number) {
  return useQuery(getOverviewQueryOptions(days));
}
