import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { jobsQueryKey, type JobScope } from '@/features/jobs/api/get-job-runs';
import { isActive, LIVE_REFRESH_MS } from '@/features/jobs/utils/run-status';

export type JobRunDetailView = components['schemas']['JobRunDetailView'];
export type ExecutionView = components['schemas']['ExecutionView'];
export type StepView = components['schemas']['StepView'];

export function getJobRun({
  scope,
  id,
  signal,
}: {
  scope: JobScope;
  id: number;
  signal?: AbortSignal;
}): Promise<JobRunDetailView> {
  const params = { path: { id } };
  return unwrap(
    scope === 'platform'
      ? api.GET('/api/v1/admin/jobs/{id}', { params, signal })
      : api.GET('/api/v1/jobs/{id}', { params, signal }),
  );
}

export function jobRunQueryKey(scope: JobScope, id: number) {
  return [...jobsQueryKey, scope, 'detail', id] as const;
}

/** Ask again every couple of seconds while the run may still change. */
export function jobRunRefetchInterval(data: JobRunDetailView | undefined): number | false {
  return data && isActive(data.run.status) ? LIVE_REFRESH_MS : false;
}

export function getJobRunQueryOptions(scope: JobScope, id: number) {
  return queryOptions({
    queryKey: jobRunQueryKey(scope, id),
    queryFn: ({ signal }) => getJobRun({ scope, id, signal }),
    refetchInterval: (query) => jobRunRefetchInterval(query.state.data),
    staleTime: 0,
  });
}

export function useJobRun(scope: JobScope, id: number) {
  return useQuery(getJobRunQueryOptions(scope, id));
}
