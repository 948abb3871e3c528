import { useCallback, type KeyboardEvent } from 'react';

/** What a row table needs to answer the keys of its body. */
export type RowKeyboardOptions = {
  /** How many rows may become active (the loaded ones). */
  count: number;
  /** The row that holds the body's one tab stop. */
  active: number;
  /** How many rows PageUp and PageDown move: as many as the box shows. */
  pageSize: () => number;
  /** Makes this row the active one and moves focus to it. */
  onMove: (index: number) => void;
  /** Enter on a row: opens it. */
  onOpen: (index: number) => void;
  /** Space on a row: selects it or clears its selection, in tables that have a selection column. */
  onToggle?: (index: number) => void;
};

/** Keys that move the active row; the others are the row's (Enter, Space) or its controls'. */
export function rowAfterKey(key: string, active: number, count: number, pageSize: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, last);
    case 'ArrowUp':
      return Math.max(active - 1, 0);
    case 'PageDown':
      return Math.min(active + Math.max(pageSize, 1), last);
    case 'PageUp':
      return Math.max(active - Math.max(pageSize, 1), 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** Elements inside a row that take focus of their own: its links and controls. */
export const ROW_CONTROLS = 'a[href], button, input, select, textarea, [tabindex]:not(tr)';

/**
 * Keyboard use of a table whose rows take focus (one at a time, a "roving" tab stop): Up, Down,
 * PageUp, PageDown, Home and End move the active row; Enter opens it, Space toggles its selection;
 * Left and Right step through the active row's links and controls (and scroll sideways at either
 * end); Escape on one of them goes back to the row. Returns the body's keydown handler.
 */
export function useRowKeyboard({ count, active, pageSize, onMove, onOpen, onToggle }: RowKeyboardOptions) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      const row = target.closest('tr');
      if (!row || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || count === 0) {
        return;
      }
      if (isTextEntry(target)) {
        return;
      }
      const onRow = target === row;
      const next = rowAfterKey(event.key, active, count, pageSize());
      if (next !== undefined) {
        event.preventDefault();
        onMove(next);
      } else if (onRow && event.key === 'Enter') {
        event.preventDefault();
        onOpen(active);
      } else if (onRow && event.key === ' ' && onToggle) {
        event.preventDefault();
        onToggle(active);
      } else if (!onRow && event.key === 'Escape') {
        event.preventDefault();
        row.focus();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const stops = [row, ...row.querySelectorAll<HTMLElement>(ROW_CONTROLS)];
        const stop = stops[stops.indexOf(target) + (event.key === 'ArrowRight' ? 1 : -1)];
        // At either end the key keeps its usual meaning: the box scrolls sideways.
        if (stop) {
          event.preventDefault();
          stop.focus();
        }
      }
    },
    [count, active, pageSize, onMove, onOpen, onToggle],
  );
}

function isTextEntry(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(element.type);
  }
  return element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || element.isContentEditable;
}
