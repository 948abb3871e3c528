import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { jobsQueryKey, type JobScope } from '@/features/jobs/api/get-job-runs';
import { LIVE_REFRESH_MS } from '@/features/jobs/utils/run-status';

export type JobRunEventView = components['schemas']['JobRunEventView'];
export type JobRunEventPage = components['schemas']['JobRunEventPage'];

export const JOB_RUN_EVENTS_PAGE_SIZE = 100;

/**
 * A run's own log, oldest first: `/api/v1/jobs/{id}/events` for a run of the signed-in user's
 * tenant, `/api/v1/admin/jobs/{id}/events` for any run, platform runs included (platform admins).
 */
export function getJobRunEvents({
  scope,
  id,
  cursor,
  signal,
}: {
  scope: JobScope;
  id: number;
  cursor?: string;
  signal?: AbortSignal;
}): Promise<JobRunEventPage> {
  const params = { path: { id }, query: { limit: JOB_RUN_EVENTS_PAGE_SIZE, cursor } };
  return unwrap(
    scope === 'platform'
      ? api.GET('/api/v1/admin/jobs/{id}/events', { params, signal })
      : api.GET('/api/v1/jobs/{id}/events', { params, signal }),
  );
}

export function jobRunEventsQueryKey(scope: JobScope, id: number) {
  return [...jobsQueryKey, scope, 'events', id] as const;
}

export function getJobRunEventsQueryOptions(
  scope: JobScope,
  id: number,
  { live = false }: { live?: boolean } = {},
) {
  return infiniteQueryOptions({
    queryKey: jobRunEventsQueryKey(scope, id),
    queryFn: ({ pageParam, signal }) =>
      getJobRunEvents({ scope, id, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // Refetching every loaded page by its cursor also brings the events added since.
    refetchInterval: live ? LIVE_REFRESH_MS : false,
    staleTime: 0,
  });
}

export function useJobRunEvents(scope: JobScope, id: number, options: { live?: boolean } = {}) {
  return useInfiniteQuery(getJobRunEventsQueryOptions(scope, id, options));
}
