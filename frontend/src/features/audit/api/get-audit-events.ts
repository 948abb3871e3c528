import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type AuditEventView = components['schemas']['AuditEventView'];
export type AuditPage = components['schemas']['AuditPage'];

/** What the audit log can be narrowed to; `from` and `to` are ISO-8601 instants. */
export type AuditFilters = {
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
  /** Only events about one target, e.g. `contact` 42. */
  targetType?: string;
  targetId?: string;
};

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEvents({
  filters = {},
  cursor,
  signal,
}: {
  filters?: AuditFilters;
  cursor?: string;
  signal?: AbortSignal;
}): Promise<AuditPage> {
  return unwrap(
    api.GET('/api/v1/audit', {
      params: {
        query: {
          action: filters.action,
          actorId: filters.actorId,
          from: filters.from,
          to: filters.to,
          targetType: filters.targetType,
          targetId: filters.targetId,
          limit: AUDIT_PAGE_SIZE,
          cursor,
        },
      },
      signal,
    }),
  );
}

export function getAuditEventsQueryOptions(filters: AuditFilters = {}) {
  return infiniteQueryOptions({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam, signal }) => getAuditEvents({ filters, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // The log only grows; what is on screen is what the reader asked for.
    staleTime: 0,
  });
}

export function useAuditEvents(filters: AuditFilters = {}) {
  return useInfiniteQuery(getAuditEventsQueryOptions(filters));
}
