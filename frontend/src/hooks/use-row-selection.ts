import { useCallback, useState } from 'react';

import { NO_SELECTION, type RowSelection } from '@/lib/selection';

/**
 * The rows picked in a list. A selection belongs to the query it was made in (`queryKey`):
 * new search text or filters start without one.
 */
export function useRowSelection(queryKey: string) {
  const [selected, setSelected] = useState<{ key: string; selection: RowSelection }>({
    key: queryKey,
    selection: NO_SELECTION,
  });
  const selection = selected.key === queryKey ? selected.selection : NO_SELECTION;
  const select = useCallback(
    (change: (current: RowSelection) => RowSelection) =>
      setSelected((current) => ({
        key: queryKey,
        selection: change(current.key === queryKey ? current.selection : NO_SELECTION),
      })),
    [queryKey],
  );
  return { selection, select };
}
