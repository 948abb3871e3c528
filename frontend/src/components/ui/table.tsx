import type { ComponentProps, ReactNode } from 'react';

import { Skeleton } from '@/components/ui/skeleton';

/** A data table that scrolls sideways on narrow screens instead of squeezing its columns. */
export function Table({
  label,
  children,
  busy = false,
}: {
  /** Accessible name of the table. */
  label: string;
  children: ReactNode;
  busy?: boolean;
}) {
  return (
    <SidewaysScroll label={label}>
      <table aria-label={label} aria-busy={busy || undefined} className="min-w-full text-left text-sm">
        {children}
      </table>
    </SidewaysScroll>
  );
}

/**
 * The box a wide table scrolls sideways in, reaching the panel's edges. It takes keyboard focus,
 * so people without a mouse can scroll it with the arrow keys (WCAG 2.1.1).
 */
export function SidewaysScroll({
  label,
  className = '',
  children,
}: {
  /** What scrolls, for screen readers: the table's name. */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // relative: keeps sr-only (absolutely positioned) cell text inside the scroller.
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative -mx-5 overflow-x-auto focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${className}`}
    >
      {children}
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-slate-200 text-xs font-medium tracking-wide text-slate-500 uppercase">
      <tr>{children}</tr>
    </thead>
  );
}

export function Th({ className = '', ...props }: ComponentProps<'th'>) {
  return <th scope="col" className={`px-5 py-2.5 font-medium whitespace-nowrap ${className}`} {...props} />;
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}

export function Td({ className = '', ...props }: ComponentProps<'td'>) {
  return <td className={`px-5 py-3 align-middle text-slate-700 ${className}`} {...props} />;
}

/** A table's loading state: its real header over rows of placeholders, announced once to screen readers. */
export function TableSkeleton({
  label,
  loadingText,
  head,
  rows,
  columns,
  cellClassName = 'max-w-28',
}: {
  label: string;
  loadingText: string;
  head: ReactNode;
  rows: number;
  columns: number;
  cellClassName?: string;
}) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{loadingText}</span>
      <div aria-hidden="true">
        <Table label={label} busy>
          {head}
          <TableBody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                {Array.from({ length: columns }, (_, cell) => (
                  <Td key={cell}>
                    <Skeleton className={`h-4 w-full ${cellClassName}`} />
                  </Td>
                ))}
              </tr>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
