import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type AuditFacetsView = components['schemas']['AuditFacetsView'];
export type AuditActorView = components['schemas']['AuditActorView'];

/** Every action the API records and the tenant's users, for the filter's choices. */
export function getAuditFacets({ signal }: { signal?: AbortSignal } = {}): Promise<AuditFacetsView> {
  return unwrap(api.GET('/api/v1/audit/facets', { signal }));
}

export function getAuditFacetsQueryOptions() {
  return queryOptions({
    queryKey: ['audit', 'facets'],
    queryFn: ({ signal }) => getAuditFacets({ signal }),
    staleTime: 60_000,
  });
}

export function useAuditFacets() {
  return useQuery(getAuditFacetsQueryOptions());
}

/** Actions grouped by what they are about (`import.started` under “import”), groups sorted. */
export function groupActions(actions: readonly string[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const action of actions) {
    const group = action.split('.')[0] ?? action;
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
