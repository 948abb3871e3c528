import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { jobsQueryKey } from '@/features/jobs/api/get-job-runs';
import { LIVE_REFRESH_MS } from '@/features/jobs/utils/run-status';

export type JobRunEventView = components['schemas']['JobRunEventView'];
export type JobRunEventPage = components['schemas']['JobRunEventPage'];

export const JOB_RUN_EVENTS_PAGE_SIZE = 100;

/** A run's own log, oldest first. Only the tenant API serves it: `/api/v1/jobs/{id}/events`. */
export function getJobRunEvents({
  id,
  cursor,
  signal,
}: {
  id: number;
  cursor?: string;
  signal?: AbortSignal;
}): Promise<JobRunEventPage> {
  return unwrap(
    api.GET('/api/v1/jobs/{id}/events', {
      params: { path: { id }, query: { limit: JOB_RUN_EVENTS_PAGE_SIZE, cursor } },
      signal,
    }),
  );
}

export function jobRunEventsQueryKey(id: number) {
  return [...jobsQueryKey, 'tenant', 'events', id] as const;
}

export function getJobRunEventsQueryOptions(id: number, { live = false } = {}) {
  return infiniteQueryOptions({
    queryKey: jobRunEventsQueryKey(id),
    queryFn: ({ pageParam, signal }) => getJobRunEvents({ id, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Refetching every loaded page by its cursor also brings the events added since.
    refetchInterval: live ? LIVE_REFRESH_MS : false,
    staleTime: 0,
  });
}

export function useJobRunEvents(id: number, options: { live?: boolean } = {}) {
  return useInfiniteQuery(getJobRunEventsQueryOptions(id, options));
}
