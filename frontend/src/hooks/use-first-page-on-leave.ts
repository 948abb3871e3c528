import { hashKey, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * Keeps only the first page of an infinite list cached once it leaves the screen (or its key
 * changes). Coming back after scrolling through thousands of rows then asks for one page
 * again, not for every page that was loaded.
 */
export function useFirstPageOnLeave(queryKey: QueryKey) {
  const queryClient = useQueryClient();
  const key = useRef(queryKey);
  key.current = queryKey;
  const hash = hashKey(queryKey);
  useEffect(() => {
    const leaving = key.current;
    return () => {
      queryClient.setQueryData<InfiniteData<unknown, unknown>>(leaving, firstPageOnly);
    };
  }, [queryClient, hash]);
}

export function firstPageOnly<T, P>(
  data: InfiniteData<T, P> | undefined,
): InfiniteData<T, P> | undefined {
  return data && data.pages.length > 1
    ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) }
    : data;
}
