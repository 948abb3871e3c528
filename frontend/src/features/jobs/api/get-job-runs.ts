import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { isActive, LIVE_REFRESH_MS, type JobRunStatus } from '@/features/jobs/utils/run-status';

export type JobRunView = components['schemas']['JobRunView'];
export type JobRunPage = components['schemas']['JobRunPage'];
export type ProgressView = components['schemas']['ProgressView'];

/**
 * Whose runs: the signed-in user's tenant (`/api/v1/jobs`, everyone in it), or every tenant's
 * and the platform's own (`/api/v1/admin/jobs`, platform admins).
 */
export type JobScope = 'tenant' | 'platform';

/** What the list of runs can be narrowed to; `from` and `to` are ISO-8601 instants. */
export type JobRunFilters = {
  status?: JobRunStatus[];
  job?: string;
  from?: string;
  to?: string;
};

export const JOB_RUNS_PAGE_SIZE = 50;

/** Every query about runs starts with this key; actions on a run invalidate it. */
export const jobsQueryKey = ['jobs'] as const;

export function getJobRuns({
  scope,
  filters = {},
  cursor,
  signal,
}: {
  scope: JobScope;
  filters?: JobRunFilters;
  cursor?: string;
  signal?: AbortSignal;
}): Promise<JobRunPage> {
  const query = {
    status: filters.status?.length ? filters.status : undefined,
    job: filters.job,
    from: filters.from,
    to: filters.to,
    limit: JOB_RUNS_PAGE_SIZE,
    cursor,
  };
  return unwrap(
    scope === 'platform'
      ? api.GET('/api/v1/admin/jobs', { params: { query }, signal })
      : api.GET('/api/v1/jobs', { params: { query }, signal }),
  );
}

/** Ask again every couple of seconds while any run on screen may still change, never otherwise. */
export function jobRunsRefetchInterval(data: InfiniteData<JobRunPage> | undefined): number | false {
  const live = data?.pages.some((page) => page.items.some((run) => isActive(run.status)));
  return live ? LIVE_REFRESH_MS : false;
}

export function getJobRunsQueryOptions(scope: JobScope, filters: JobRunFilters = {}) {
  return infiniteQueryOptions({
    queryKey: [...jobsQueryKey, scope, 'list', filters],
    queryFn: ({ pageParam, signal }) => getJobRuns({ scope, filters, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    refetchInterval: (query) => jobRunsRefetchInterval(query.state.data),
    staleTime: 0,
  });
}

export function useJobRuns(scope: JobScope, filters: JobRunFilters = {}) {
  return useInfiniteQuery(getJobRunsQueryOptions(scope, filters));
}
