import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { selectionColumn } from '@/components/ui/selection-column';
import { offsetShowing, VIRTUAL_ROW_HEIGHT, VirtualTable, type VirtualColumn } from '@/components/ui/virtual-table';
import { NO_SELECTION, type RowSelection } from '@/lib/selection';
import { render, screen, within } from '@/testing/test-utils';
import { stubScrollBox } from '@/testing/virtual';

type Person = { id: number; name: string };

const people = (count: number): Person[] =>
  Array.from({ length: count }, (_, index) => ({ id: index + 1, name: `Person ${index + 1}` }));

const nameColumn: VirtualColumn<Person> = {
  id: 'name',
  header: 'Name',
  className: 'w-1/2',
  cell: (person) => <a href={`#/people/${person.id}`}>{person.name}</a>,
};

function People({
  rows,
  onRowClick,
  hasMore = false,
  onLoadMore = () => {},
}: {
  rows: Person[];
  onRowClick?: (person: Person) => void;
  hasMore?: boolean;
  onLoadMore?: () => void;
}) {
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const columns = [
    selectionColumn<Person>({
      selection,
      loaded: rows.map((row) => row.id),
      select: (change) => setSelection(change),
      idOf: (person) => person.id,
      rowLabel: (person) => `Select ${person.name}`,
      allLabel: 'Select all loaded people',
    }),
    nameColumn,
  ];
  return (
    <>
      <button type="button">Before</button>
      <VirtualTable<Person>
        label="People"
        columns={columns}
        rows={rows}
        rowKey={(person) => person.id}
        hasMore={hasMore}
        loadingMore={false}
        onLoadMore={onLoadMore}
        onRowClick={onRowClick}
      />
      <button type="button">After</button>
    </>
  );
}

/** The body row that shows this person. */
function rowOf(name: string) {
  return screen.getByText(name).closest('tr')!;
}

/**
 * jsdom does not scroll: the table's box keeps the offset it is given and, as in a browser, tells
 * of the scrolling a moment later. Returns the offsets given.
 */
function scrollable() {
  const box = screen.getByRole('region', { name: 'People, scrollable' });
  const offsets: number[] = [];
  let scrollTop = 0;
  Object.defineProperty(box, 'scrollTop', {
    configurable: true,
    get: () => scrollTop,
    set: (top: number) => {
      offsets.push(top);
      scrollTop = top;
      setTimeout(() => fireEvent.scroll(box));
    },
  });
  return offsets;
}

describe('VirtualTable by keyboard', () => {
  beforeEach(() => {
    // Ten rows in view (the header takes no height in jsdom).
    stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
  });

  it('is one tab stop: Tab goes from the first row to what follows the table, not through every row', async () => {
    const user = userEvent.setup();
    render(<People rows={people(50)} />);

    // The header's checkbox, then the first row, then out.
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Select all loaded people' })).toHaveFocus();
    await user.tab();
    expect(rowOf('Person 1')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('moves the active row with the arrow keys, Home, End and the page keys, and Tab comes back to it', async () => {
    const user = userEvent.setup();
    render(<People rows={people(50)} />);
    const offsets = scrollable();

    rowOf('Person 1').focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(rowOf('Person 4')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(rowOf('Person 3')).toHaveFocus();
    expect(offsets).toEqual([]);

    // A page is the rows in view less one: nine.
    await user.keyboard('{PageDown}');
    expect(rowOf('Person 12')).toHaveFocus();
    expect(offsets.at(-1)).toBe(2 * VIRTUAL_ROW_HEIGHT);
    await user.keyboard('{End}');
    expect(rowOf('Person 50')).toHaveFocus();
    expect(offsets.at(-1)).toBe(40 * VIRTUAL_ROW_HEIGHT);
    await user.keyboard('{ArrowDown}');
    expect(rowOf('Person 50')).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(rowOf('Person 41')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(rowOf('Person 1')).toHaveFocus();
    expect(offsets.at(-1)).toBe(0);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(rowOf('Person 3')).toHaveFocus();
    expect(rowOf('Person 3')).toHaveAttribute('tabindex', '0');
    expect(rowOf('Person 1')).toHaveAttribute('tabindex', '-1');
  });

  it('keeps the focused row rendered, and focused, while the box scrolls far away from it', async () => {
    const user = userEvent.setup();
    const { scrollTo } = stubScrollBox({ height: 10 * VIRTUAL_ROW_HEIGHT, width: 1000 });
    render(<People rows={people(500)} />);

    rowOf('Person 1').focus();
    await user.keyboard('{ArrowDown}');
    scrollTo(300 * VIRTUAL_ROW_HEIGHT);

    expect(screen.getByText('Person 305')).toBeInTheDocument();
    expect(screen.queryByText('Person 1')).not.toBeInTheDocument();
    expect(rowOf('Person 2')).toHaveFocus();
    // It is still placed where it belongs: a spacer above it, one between it and the rows in view.
    const rows = within(screen.getByRole('table', { name: 'People' })).getAllByRole('row', { hidden: true });
    const at = rows.indexOf(rowOf('Person 2'));
    expect(rows[at - 1]).toHaveAttribute('aria-hidden', 'true');
    expect(rows[at + 1]).toHaveAttribute('aria-hidden', 'true');
    expect(rows[at + 2]).toHaveTextContent(/^Person 2\d\d$/);
  });

  it('opens the active row with Enter', async () => {
    const user = userEvent.setup();
    const open = vi.fn();
    render(<People rows={people(20)} onRowClick={open} />);

    rowOf('Person 1').focus();
    await user.keyboard('{ArrowDown}{Enter}');

    expect(open).toHaveBeenCalledExactlyOnceWith({ id: 2, name: 'Person 2' });
  });

  it('follows the row’s first link on Enter when the table opens no rows itself', async () => {
    const user = userEvent.setup();
    render(<People rows={people(20)} />);

    rowOf('Person 1').focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    expect(window.location.hash).toBe('#/people/3');
  });

  it('toggles the active row’s selection with Space', async () => {
    const user = userEvent.setup();
    render(<People rows={people(20)} />);

    rowOf('Person 1').focus();
    await user.keyboard('{ArrowDown} ');
    expect(screen.getByRole('checkbox', { name: 'Select Person 2' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Person 1' })).not.toBeChecked();
    expect(rowOf('Person 2')).toHaveFocus();

    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Select Person 2' })).not.toBeChecked();
  });

  it('reaches the row’s links and controls with the left and right arrows, and Escape goes back to the row', async () => {
    const user = userEvent.setup();
    render(<People rows={people(20)} />);

    rowOf('Person 1').focus();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(screen.getByRole('checkbox', { name: 'Select Person 2' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: 'Person 2' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(rowOf('Person 2')).toHaveFocus();

    await user.keyboard('{ArrowRight}{Escape}');
    expect(rowOf('Person 2')).toHaveFocus();
    // From a control, Down moves on to the next row.
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(rowOf('Person 3')).toHaveFocus();
  });

  it('makes the row a control was clicked in the active one', async () => {
    const user = userEvent.setup();
    render(<People rows={people(20)} />);

    await user.click(screen.getByRole('checkbox', { name: 'Select Person 5' }));
    await user.keyboard('{ArrowDown}');

    expect(rowOf('Person 6')).toHaveFocus();
  });

  it('asks for the next page when the keys bring the active row near the end of what is loaded', async () => {
    const user = userEvent.setup();
    const loadMore = vi.fn();
    render(<People rows={people(200)} hasMore onLoadMore={loadMore} />);
    scrollable();
    expect(loadMore).not.toHaveBeenCalled();

    rowOf('Person 1').focus();
    await user.keyboard('{End}');

    expect(rowOf('Person 200')).toHaveFocus();
    expect(loadMore).toHaveBeenCalled();
  });
});

describe('offsetShowing', () => {
  const view = 10 * VIRTUAL_ROW_HEIGHT;

  it('leaves the box where it is when the row is in view', () => {
    expect(offsetShowing(5, 0, view)).toBe(0);
    expect(offsetShowing(9, 0, view)).toBe(0);
  });

  it('scrolls just far enough to show a row below the view at its bottom', () => {
    expect(offsetShowing(10, 0, view)).toBe(VIRTUAL_ROW_HEIGHT);
    expect(offsetShowing(40, 0, view)).toBe(31 * VIRTUAL_ROW_HEIGHT);
  });

  it('puts a row above the view right under the header', () => {
    expect(offsetShowing(3, 20 * VIRTUAL_ROW_HEIGHT, view)).toBe(3 * VIRTUAL_ROW_HEIGHT);
  });
});
