import type { ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/format';
import type { RowSelection } from '@/lib/selection';

type SelectionBarProps = {
  selection: RowSelection;
  total: { value: number; exact: boolean } | null | undefined;
  /** What the rows are: ['contact', 'contacts']. */
  nouns: readonly [singular: string, plural: string];
  onSelectAll: () => void;
  onClear: () => void;
  /** What can be done with the selection: buttons, placed before "Clear selection". */
  children?: ReactNode;
};

/** What is selected, the way to widen it to every match, and what can be done with it. */
export function SelectionBar({ selection, total, nouns, onSelectAll, onClear, children }: SelectionBarProps) {
  if (selection.kind === 'none') {
    return null;
  }
  const [one, many] = nouns;
  const totalText = total ? `${total.exact ? '' : 'about '}${formatCount(total.value)}` : '';
  const count = selection.kind === 'ids' ? selection.ids.size : (total?.value ?? 0);
  return (
    <div
      role="region"
      aria-label="Selection"
      className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-indigo-50 px-4 py-2.5 text-sm ring-1 ring-indigo-100 ring-inset"
    >
      <p aria-live="polite" className="font-medium text-indigo-900">
        {selection.kind === 'all'
          ? `All ${totalText} ${many} matching this filter are selected.`
          : `${formatCount(count)} ${count === 1 ? one : many} selected.`}
      </p>
      {selection.kind === 'ids' && total && total.value > count && (
        <button
          type="button"
          onClick={onSelectAll}
          className="font-medium text-indigo-700 underline hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Select all {totalText} matching this filter
        </button>
      )}
      <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
        {children}
        <Button onClick={onClear}>Clear selection</Button>
      </div>
    </div>
  );
}

/**
 * How many rows a selection holds and how to say it: "3 selected companies", "all 1,234
 * companies matching this filter", "about 12K companies matching this filter".
 */
export function describeSelection(
  selection: RowSelection,
  total: { value: number; exact: boolean } | null | undefined,
  [one, many]: readonly [singular: string, plural: string],
): { count: number; exact: boolean; text: string } {
  if (selection.kind === 'all') {
    const count = total?.value ?? 0;
    const exact = total?.exact !== false;
    return {
      count,
      exact,
      text: exact
        ? `all ${formatCount(count)} ${count === 1 ? one : many} matching this filter`
        : `about ${formatCount(count)} ${many} matching this filter`,
    };
  }
  const count = selection.kind === 'ids' ? selection.ids.size : 0;
  return { count, exact: true, text: `${formatCount(count)} selected ${count === 1 ? one : many}` };
}
