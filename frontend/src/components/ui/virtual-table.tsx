import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type Key, type ReactNode } from 'react';

import { ChevronDownIcon, ChevronUpDownIcon, ChevronUpIcon } from './icons';
import { Skeleton } from './skeleton';

/** Every row is this tall (px), so the scroll height follows from the row count alone. */
export const VIRTUAL_ROW_HEIGHT = 44;

/** Rows rendered beyond the visible ones on each side, so fast scrolling shows no gaps. */
const OVERSCAN = 12;

/** The next page is asked for once fewer than this many loaded rows remain below the view. */
const LOAD_AHEAD = 60;

export type SortDirection = 'ascending' | 'descending';

export type VirtualColumn<Row> = {
  id: string;
  header: ReactNode;
  /** Width (the layout is fixed, so every column needs one) and alignment of the column. */
  className: string;
  cell: (row: Row) => ReactNode;
  /** The header becomes a button that sorts by this column. */
  sortable?: boolean;
};

export type TableSorting = {
  columnId: string | undefined;
  direction: SortDirection;
  onSort: (columnId: string) => void;
};

type VirtualTableProps<Row> = {
  /** Accessible name of the table. */
  label: string;
  columns: readonly VirtualColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** How many rows there are in all, when known; screen readers announce it. */
  rowCount?: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  sorting?: TableSorting;
  /** Rows on screen are being replaced (new filters or order): dimmed and marked busy. */
  busy?: boolean;
  /** The table scrolls back to the top whenever this changes. */
  resetKey?: string;
  /** The height of the scrolling box: what the page leaves for it. */
  heightClassName?: string;
  /**
   * The table's least width: below it the box scrolls sideways instead of squeezing the
   * columns until their headers and values are cut.
   */
  minWidthClassName?: string;
  /**
   * A click anywhere on a row but its links and controls opens it (the row's main link stays
   * the way for keyboards and screen readers).
   */
  onRowClick?: (row: Row) => void;
};

/** Most of the viewport below a page header and a two-line toolbar. */
const DEFAULT_HEIGHT = 'h-[calc(100dvh-18.5rem)] min-h-96';

/**
 * A table of any length that renders only the rows in view (plus a few): a spacer row above and
 * below stands in for the rest. Rows have one fixed height. The next page is asked for as the
 * reader nears the end of what is loaded. The header stays put while the body scrolls.
 */
export function VirtualTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  rowCount,
  hasMore,
  loadingMore,
  onLoadMore,
  sorting,
  busy = false,
  resetKey,
  heightClassName = DEFAULT_HEIGHT,
  minWidthClassName = 'min-w-4xl',
  onRowClick,
}: VirtualTableProps<Row>) {
  const scroller = useRef<HTMLDivElement>(null);
  // One more row at the end while there is more to load: it shows placeholders.
  const count = rows.length + (hasMore ? 1 : 0);
  const keyOf = useRef(rowKey);
  keyOf.current = rowKey;
  // A new function makes the virtualizer place every row again: only new rows may do that.
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      return row === undefined ? 'more' : keyOf.current(row);
    },
    [rows],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => VIRTUAL_ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey,
  });

  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - LOAD_AHEAD) {
      onLoadMore();
    }
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
    // Only a new set of rows moves the reader back to the top.
  }, [resetKey]);

  const first = items[0];
  const last = items.at(-1);
  const above = first?.start ?? 0;
  const below = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    <div
      ref={scroller}
      // Focusable, so keyboard users can scroll it with the arrow keys.
      tabIndex={0}
      role="region"
      aria-label={`${label}, scrollable`}
      className={`relative overflow-auto overscroll-contain ${heightClassName} focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600`}
    >
      <table
        aria-label={label}
        aria-busy={busy || undefined}
        aria-rowcount={rowCount === undefined ? -1 : rowCount + 1}
        className={`w-full ${minWidthClassName} table-fixed border-separate border-spacing-0 text-left text-sm transition-opacity ${busy ? 'opacity-60' : ''}`}
      >
        <VirtualTableHead columns={columns} sorting={sorting} />
        <tbody>
          {above > 0 && <SpacerRow height={above} columns={columns.length} />}
          {items.map((item) => {
            const row = rows[item.index];
            return row === undefined ? (
              <LoadingRow key={item.key} index={item.index} columns={columns} busy={loadingMore} />
            ) : (
              <VirtualRow key={item.key} row={row} index={item.index} columns={columns} onClick={onRowClick} />
            );
          })}
          {below > 0 && <SpacerRow height={below} columns={columns.length} />}
        </tbody>
      </table>
    </div>
  );
}

type VirtualRowProps<Row> = {
  row: Row;
  index: number;
  columns: readonly VirtualColumn<Row>[];
  onClick?: (row: Row) => void;
};

/** One row; rendered again only when its data or place changes, not for every new page. */
const VirtualRow = memo(function VirtualRow<Row>({ row, index, columns, onClick }: VirtualRowProps<Row>) {
  return (
    <tr
      aria-rowindex={index + 2}
      className={`h-11 hover:bg-slate-50/80 ${onClick ? 'cursor-pointer' : ''}`}
      onClick={
        onClick &&
        ((event) => {
          const target = event.target as HTMLElement;
          if (!target.closest('a, button, input, select, label, textarea') && !window.getSelection()?.toString()) {
            onClick(row);
          }
        })
      }
    >
      {columns.map((column) => (
        <td
          key={column.id}
          className={`truncate border-b border-slate-100 px-3 text-slate-700 first:pl-5 last:pr-5 ${column.className}`}
        >
          {column.cell(row)}
        </td>
      ))}
    </tr>
  );
}) as <Row>(props: VirtualRowProps<Row>) => ReactNode;

/** The header row; sortable columns get a button and announce their order through aria-sort. */
function VirtualTableHead<Row>({
  columns,
  sorting,
}: {
  columns: readonly VirtualColumn<Row>[];
  sorting?: TableSorting;
}) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((column) => {
          const active = sorting?.columnId === column.id;
          return (
            <th
              key={column.id}
              scope="col"
              aria-sort={active ? sorting.direction : undefined}
              className={`sticky top-0 z-10 border-b border-slate-200 bg-white px-3 py-2.5 text-xs font-medium whitespace-nowrap first:pl-5 last:pr-5 text-slate-500 uppercase ${column.className}`}
            >
              {column.sortable && sorting ? (
                <button
                  type="button"
                  onClick={() => sorting.onSort(column.id)}
                  className={`group -mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-0.5 uppercase hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-600 ${active ? 'text-slate-900' : ''}`}
                >
                  {column.header}
                  <SortIcon direction={active ? sorting.direction : undefined} />
                </button>
              ) : (
                column.header
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

function SortIcon({ direction }: { direction: SortDirection | undefined }) {
  if (direction === 'ascending') {
    return <ChevronUpIcon className="size-3.5 text-indigo-600" />;
  }
  if (direction === 'descending') {
    return <ChevronDownIcon className="size-3.5 text-indigo-600" />;
  }
  return <ChevronUpDownIcon className="size-3.5 text-slate-400 group-hover:text-slate-500" />;
}

/**
 * Stands in for the rows that are not rendered. Its height is set through the DOM's style
 * object (React does that), which the CSP's style-src allows, unlike a style attribute.
 */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} className="p-0" style={{ height }} />
    </tr>
  );
}

function LoadingRow<Row>({
  index,
  columns,
  busy,
}: {
  index: number;
  columns: readonly VirtualColumn<Row>[];
  busy: boolean;
}) {
  return (
    <tr aria-rowindex={index + 2} aria-busy={busy || undefined} className="h-11">
      {columns.map((column, cell) => (
        <td key={column.id} className={`border-b border-slate-100 px-3 first:pl-5 last:pr-5 ${column.className}`}>
          {cell === 0 && <span className="sr-only">Loading more rows…</span>}
          <Skeleton className="h-3.5 w-3/4" />
        </td>
      ))}
    </tr>
  );
}

/** The table while its first page loads: the real header over rows of placeholders. */
export function VirtualTableSkeleton<Row>({
  label,
  loadingText,
  columns,
  rows = 10,
  heightClassName = DEFAULT_HEIGHT,
  minWidthClassName = 'min-w-4xl',
}: {
  label: string;
  loadingText: string;
  columns: readonly VirtualColumn<Row>[];
  minWidthClassName?: string;
  rows?: number;
  heightClassName?: string;
}) {
  return (
    <div role="status" aria-live="polite" className={`overflow-hidden ${heightClassName}`}>
      <span className="sr-only">{loadingText}</span>
      <table
        aria-label={label}
        aria-hidden="true"
        aria-busy
        className={`w-full ${minWidthClassName} table-fixed border-separate border-spacing-0 text-left text-sm`}
      >
        <VirtualTableHead columns={columns} />
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row} className="h-11">
              {columns.map((column) => (
                <td key={column.id} className={`border-b border-slate-100 px-3 first:pl-5 last:pr-5 ${column.className}`}>
                  <Skeleton className={`h-3.5 ${row % 3 === 0 ? 'w-2/3' : row % 3 === 1 ? 'w-4/5' : 'w-1/2'}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
