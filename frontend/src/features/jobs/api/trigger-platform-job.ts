import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { jobsQueryKey } from '@/features/jobs/api/get-job-runs';

export type RunAcceptedView = components['schemas']['RunAcceptedView'];

/** The platform's own jobs a platform admin may start, e.g. `housekeepingJob`. */
export function getPlatformJobsQueryOptions() {
  return queryOptions({
    queryKey: [...jobsQueryKey, 'platform-jobs'],
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/admin/jobs/platform-jobs', { signal }))).jobNames,
    staleTime: Infinity,
  });
}

export function usePlatformJobs() {
  return useQuery(getPlatformJobsQueryOptions());
}

/**
 * Starts a platform job now. The idempotency key belongs to one confirmation, so a double
 * click or a retried request starts one run.
 */
export function triggerPlatformJob({
  jobName,
  idempotencyKey,
}: {
  jobName: string;
  idempotencyKey: string;
}): Promise<RunAcceptedView> {
  return unwrap(
    api.POST('/api/v1/admin/jobs', {
      body: { jobName },
      params: { header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useTriggerPlatformJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggerPlatformJob,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsQueryKey }),
  });
}
