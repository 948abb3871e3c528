import { useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components, operations } from '@/lib/api/schema';

import { enrichmentRunQueryKey } from '@/features/enrichment/api/get-enrichment-run';

export type EnrichmentItem = components['schemas']['EnrichmentItemView'];
export type ItemState = NonNullable<
  NonNullable<operations['items']['parameters']['query']>['state']
>[number];

export const ITEM_STATES = ['pending', 'found', 'not_found', 'failed', 'skipped'] as const satisfies readonly ItemState[];

export const ITEMS_PAGE_SIZE = 100;

/** A run's item results in id order, a page at a time; `next` of one page is `after` of the next. */
export function useEnrichmentItems(id: number, state: ItemState | undefined, live: boolean) {
  return useInfiniteQuery({
    queryKey: [...enrichmentRunQueryKey(id), 'items', { state }],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/v1/enrichment/runs/{id}/items', {
          params: {
            path: { id },
            query: { state: state ? [state] : undefined, after: pageParam, limit: ITEMS_PAGE_SIZE },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
    refetchInterval: live ? 2_000 : false,
  });
}
