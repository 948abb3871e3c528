import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  Fragment,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type Key,
  type ReactNode,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';

import { ChevronDownIcon, ChevronUpDownIcon, ChevronUpIcon } from './icons';
import { Skeleton } from './skeleton';
import { ROW_CONTROLS, useRowKeyboard } from './use-row-keyboard';

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
  /** Space on a row runs this: a selection column selects the row or clears it. */
  toggleRow?: (row: Row) => void;
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
   * A click anywhere on a row but its links and controls opens it, and so does Enter on the
   * row; without it, Enter follows the row's first link (its main one).
   */
  onRowClick?: (row: Row) => void;
};

/** Most of the viewport below a page header and a two-line toolbar. */
const DEFAULT_HEIGHT = 'h-[calc(100dvh-18.5rem)] min-h-96';

/**
 * A table of any length that renders only the rows in view (plus a few): spacer rows stand in
 * for the rest. Rows have one fixed height. The next page is asked for as the reader nears the
 * end of what is loaded. The header stays put while the body scrolls.
 *
 * The body is one tab stop: the active row, which the arrow keys move (see useRowKeyboard). The
 * active row stays rendered while it is scrolled out of view, so it keeps focus.
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
  const head = useRef<HTMLTableSectionElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [activeRow, setActiveRow] = useState(0);
  const active = Math.max(Math.min(activeRow, rows.length - 1), 0);
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
  const rangeExtractor = useCallback(
    (range: Range) => withIndex(defaultRangeExtractor(range), active, range.count),
    [active],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => VIRTUAL_ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey,
    rangeExtractor,
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
    setActiveRow(0);
    // Only a new set of rows moves the reader back to the top.
  }, [resetKey]);

  const rowElement = (index: number) => body.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
  const headerHeight = () => head.current?.offsetHeight ?? 0;
  const move = (index: number) => {
    // Rendered now, so that it can take focus at once.
    flushSync(() => setActiveRow(index));
    const box = scroller.current;
    if (box) {
      const top = offsetShowing(index, box.scrollTop, box.clientHeight - headerHeight());
      if (top !== box.scrollTop) {
        box.scrollTop = top;
      }
    }
    rowElement(index)?.focus({ preventScroll: true });
  };
  const toggleRow = columns.find((column) => column.toggleRow)?.toggleRow;
  const onKeyDown = useRowKeyboard({
    count: rows.length,
    active,
    pageSize: () => Math.floor(((scroller.current?.clientHeight ?? 0) - headerHeight()) / VIRTUAL_ROW_HEIGHT) - 1,
    onMove: move,
    onOpen: (index) => {
      const row = rows[index];
      if (row !== undefined && onRowClick) {
        onRowClick(row);
      } else {
        rowElement(index)?.querySelector<HTMLElement>('a[href]')?.click();
      }
    },
    onToggle:
      toggleRow &&
      ((index) => {
        const row = rows[index];
        if (row !== undefined) {
          toggleRow(row);
        }
      }),
  });

  let end = 0;

  return (
    // Not a tab stop itself: the active row is, and the arrow keys scroll the box to the rows.
    <div
      ref={scroller}
      role="region"
      aria-label={`${label}, scrollable`}
      className={`relative overflow-auto overscroll-contain ${heightClassName}`}
    >
      <table
        aria-label={label}
        aria-busy={busy || undefined}
        aria-rowcount={rowCount === undefined ? -1 : rowCount + 1}
        className={`w-full ${minWidthClassName} table-fixed border-separate border-spacing-0 text-left text-sm transition-opacity ${busy ? 'opacity-60' : ''}`}
      >
        <VirtualTableHead ref={head} columns={columns} sorting={sorting} />
        <tbody
          ref={body}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const index = Number((event.target as HTMLElement).closest('tr')?.dataset.index);
            if (Number.isInteger(index) && index !== active) {
              setActiveRow(index);
            }
          }}
        >
          {items.map((item) => {
            const row = rows[item.index];
            // Rows not rendered before this one (the active row may stand apart from the rest).
            const gap = item.start - end;
            end = item.end;
            return (
              <Fragment key={item.key}>
                {gap > 0 && <SpacerRow height={gap} columns={columns.length} />}
                {row === undefined ? (
                  <LoadingRow index={item.index} columns={columns} busy={loadingMore} />
                ) : (
                  <VirtualRow
                    row={row}
                    index={item.index}
                    active={item.index === active}
                    columns={columns}
                    onClick={onRowClick}
                  />
                )}
              </Fragment>
            );
          })}
          {virtualizer.getTotalSize() > end && (
            <SpacerRow height={virtualizer.getTotalSize() - end} columns={columns.length} />
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The scroll offset that shows row `index` whole below the sticky header, moving as little as
 * possible: `view` is the height the header leaves of the box.
 */
export function offsetShowing(index: number, scrollTop: number, view: number): number {
  const top = index * VIRTUAL_ROW_HEIGHT;
  if (top < scrollTop) {
    return top;
  }
  if (top + VIRTUAL_ROW_HEIGHT > scrollTop + view) {
    return Math.max(top + VIRTUAL_ROW_HEIGHT - view, 0);
  }
  return scrollTop;
}

/** The virtualizer's indexes in order, with `index` among them when it is a row at all. */
function withIndex(indexes: number[], index: number, count: number): number[] {
  if (index >= count || indexes.includes(index)) {
    return indexes;
  }
  return [...indexes, index].sort((a, b) => a - b);
}

type VirtualRowProps<Row> = {
  row: Row;
  index: number;
  /** The row that is the body's tab stop. */
  active: boolean;
  columns: readonly VirtualColumn<Row>[];
  onClick?: (row: Row) => void;
};

/** One row; rendered again only when its data or place changes, not for every new page. */
const VirtualRow = memo(function VirtualRow<Row>({ row, index, active, columns, onClick }: VirtualRowProps<Row>) {
  const ref = useRef<HTMLTableRowElement>(null);
  useLayoutEffect(() => {
    // Its links and checkbox leave the tab order (the body is one tab stop); the arrow keys reach them.
    for (const control of ref.current?.querySelectorAll(ROW_CONTROLS) ?? []) {
      control.setAttribute('tabindex', '-1');
    }
  });
  return (
    <tr
      ref={ref}
      data-index={index}
      tabIndex={active ? 0 : -1}
      aria-rowindex={index + 2}
      className={`h-11 hover:bg-slate-50/80 focus-visible:bg-indigo-50/70 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${onClick ? 'cursor-pointer' : ''}`}
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
  ref,
  columns,
  sorting,
}: {
  ref?: Ref<HTMLTableSectionElement>;
  columns: readonly VirtualColumn<Row>[];
  sorting?: TableSorting;
}) {
  return (
    <thead ref={ref}>
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
