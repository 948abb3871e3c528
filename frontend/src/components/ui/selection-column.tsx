import type { VirtualColumn } from '@/components/ui/virtual-table';
import { isSelected, toggle, toggleLoaded, type RowSelection } from '@/lib/selection';

type SelectionColumnOptions<T> = {
  selection: RowSelection;
  /** The ids of the rows loaded so far, in order. */
  loaded: readonly number[];
  select: (change: (current: RowSelection) => RowSelection) => void;
  idOf: (row: T) => number;
  /** The row checkbox's name: "Select Acme GmbH". */
  rowLabel: (row: T) => string;
  /** The header checkbox's name: "Select all loaded companies". */
  allLabel: string;
};

/** The first column of a selectable table: a checkbox per row, and one in the header for every loaded row. */
export function selectionColumn<T>({
  selection,
  loaded,
  select,
  idOf,
  rowLabel,
  allLabel,
}: SelectionColumnOptions<T>): VirtualColumn<T> {
  const all = selection.kind === 'all' || (loaded.length > 0 && loaded.every((id) => isSelected(selection, id)));
  const some = !all && selection.kind === 'ids';
  return {
    id: 'select',
    header: (
      <input
        type="checkbox"
        aria-label={allLabel}
        checked={all}
        ref={(box) => {
          if (box) {
            box.indeterminate = some;
          }
        }}
        onChange={() => select((current) => toggleLoaded(current, loaded))}
        className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
      />
    ),
    className: 'w-12',
    toggleRow: (row) => select((current) => toggle(current, idOf(row))),
    cell: (row) => (
      <input
        type="checkbox"
        aria-label={rowLabel(row)}
        checked={isSelected(selection, idOf(row))}
        onChange={() => select((current) => toggle(current, idOf(row)))}
        className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600"
      />
    ),
  };
}
