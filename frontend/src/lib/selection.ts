/**
 * Which rows the reader picked in a list (contacts, companies): none, some rows by id, or every
 * row matching the current search and filters (however many are loaded).
 */
export type RowSelection =
  | { kind: 'none' }
  | { kind: 'ids'; ids: ReadonlySet<number> }
  | { kind: 'all' };

export const NO_SELECTION: RowSelection = { kind: 'none' };

/** Rows one selection may name; the API takes up to this many ids, more go by filter. */
export const MAX_SELECTED_IDS = 1000;

export function isSelected(selection: RowSelection, id: number): boolean {
  return selection.kind === 'all' || (selection.kind === 'ids' && selection.ids.has(id));
}

export function toggle(selection: RowSelection, id: number): RowSelection {
  if (selection.kind === 'all') {
    // Leaving one out of "all matching" has no filter to send: start over from the loaded rows.
    return { kind: 'none' };
  }
  const ids = new Set(selection.kind === 'ids' ? selection.ids : []);
  if (ids.has(id)) {
    ids.delete(id);
  } else if (ids.size < MAX_SELECTED_IDS) {
    ids.add(id);
  }
  return ids.size === 0 ? NO_SELECTION : { kind: 'ids', ids };
}

/** Selects the loaded rows (up to the limit), or clears them when they all are selected. */
export function toggleLoaded(selection: RowSelection, loaded: readonly number[]): RowSelection {
  if (selection.kind === 'all' || (loaded.length > 0 && loaded.every((id) => isSelected(selection, id)))) {
    return NO_SELECTION;
  }
  return { kind: 'ids', ids: new Set(loaded.slice(0, MAX_SELECTED_IDS)) };
}

/** How many rows the selection holds: the ids, or the total matching. */
export function selectedCount(selection: RowSelection, total: number | undefined): number {
  return selection.kind === 'ids' ? selection.ids.size : selection.kind === 'all' ? (total ?? 0) : 0;
}
