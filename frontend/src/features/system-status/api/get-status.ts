import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';
import type { QueryConfig } from '@/lib/react-query';

export type StatusView = components['schemas']['StatusView'];

export function getStatus({ signal }: { signal?: AbortSignal } = {}): Promise<StatusView> {
  return unwrap(api.GET('/api/v1/status', { signal }));
}

export function getStatusQueryOptions() {
  return queryOptions({
    queryKey: ['system', 'status'],
    queryFn: ({ signal }) => getStatus({ signal }),
  });
}

type UseStatusOptions = {
  queryConfig?: QueryConfig<typeof getStatusQueryOptions>;
};

export function useStatus({ queryConfig }: UseStatusOptions = {}) {
  return useQuery({ ...getStatusQueryOptions(), ...queryConfig });
}
