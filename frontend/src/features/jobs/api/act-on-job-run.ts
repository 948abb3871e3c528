import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { jobRunQueryKey, type JobRunDetailView } from '@/features/jobs/api/get-job-run';
import { jobsQueryKey, type JobScope } from '@/features/jobs/api/get-job-runs';
import type { RunAction } from '@/features/jobs/utils/run-actions';

/**
 * Stops, restarts, abandons or recovers a run; answers the run as it is afterwards.
 *
 * @throws ApiError 409 `job-run-conflict` whose detail says why the run does not allow it,
 *   403 for members and viewers.
 */
export function actOnJobRun({
  scope,
  id,
  action,
}: {
  scope: JobScope;
  id: number;
  action: RunAction;
}): Promise<JobRunDetailView> {
  if (scope === 'platform') {
    return unwrap(
      api.POST('/api/v1/admin/jobs/{id}/{action}', { params: { path: { id, action } } }),
    );
  }
  const params = { path: { id } };
  switch (action) {
    case 'stop':
      return unwrap(api.POST('/api/v1/jobs/{id}/stop', { params }));
    case 'restart':
      return unwrap(api.POST('/api/v1/jobs/{id}/restart', { params }));
    case 'abandon':
      return unwrap(api.POST('/api/v1/jobs/{id}/abandon', { params }));
    case 'recover':
      return unwrap(api.POST('/api/v1/jobs/{id}/recover', { params }));
  }
}

export function useActOnJobRun(scope: JobScope, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: RunAction) => actOnJobRun({ scope, id, action }),
    onSuccess: (detail) => queryClient.setQueryData(jobRunQueryKey(scope, id), detail),
    // A refused action means the run moved on under us: show what it is now, everywhere.
    onSettled: () => queryClient.invalidateQueries({ queryKey: jobsQueryKey }),
  });
}
