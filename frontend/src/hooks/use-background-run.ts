import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

const ENDED = new Set(['COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED']);

/**
 * A run started in the background (a bulk delete), asked for every 1.5 s until it ended;
 * nothing is asked while `runId` is undefined.
 */
export function useBackgroundRun(runId: number | undefined) {
  const run = useQuery({
    queryKey: ['jobs', 'run', runId, 'background'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id: runId! } }, signal })),
    enabled: runId !== undefined,
    refetchInterval: (query) => (ENDED.has(query.state.data?.run.status ?? '') ? false : 1_500),
  });
  const status = run.data?.run.status;
  return {
    status,
    done: status === 'COMPLETED',
    ended: status !== undefined && ENDED.has(status),
    itemsDone: run.data?.run.progress.itemsDone,
  };
}
