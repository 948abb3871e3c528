import type { ReactElement } from 'react';
import { ResponsiveContainer, type TooltipContentProps } from 'recharts';

import { formatCount } from '@/lib/format';

import { formatLongDay } from '@/features/overview/utils/chart-data';

/** Series colours (Tailwind's indigo-500, sky-400, emerald-500, red-500, amber-400, slate-300). */
export const CHART_COLOURS = {
  indigo: '#6366f1',
  sky: '#38bdf8',
  emerald: '#10b981',
  red: '#ef4444',
  amber: '#fbbf24',
  grid: '#e2e8f0',
  axis: '#64748b',
} as const;

/** Axis text, as SVG attributes (the CSP allows no style attributes). */
export const AXIS_TICK = { fontSize: 12, fill: CHART_COLOURS.axis } as const;

type ChartFrameProps = {
  /** What the chart shows, in words: screen readers get this instead of the drawing. */
  summary: string;
  children: ReactElement;
};

/**
 * A chart sized by its box (full width, fixed height), with its gist in words for screen
 * readers. Recharts sizes the SVG through the DOM's style object, which the CSP allows.
 */
export function ChartFrame({ summary, children }: ChartFrameProps) {
  return (
    <figure>
      <figcaption className="sr-only">{summary}</figcaption>
      <div aria-hidden="true" className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** A tooltip in the dashboard's look: the day, then each series with its colour and value. */
export function DayTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || payload.length === 0) {
    return null;
  }
  return (
    <div className="min-w-36 rounded-lg bg-white/95 px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
      <p className="font-medium text-slate-900">{formatLongDay(String(label))}</p>
      <ul className="mt-1.5 space-y-1">
        {payload.map((entry) => (
          <li key={String(entry.dataKey)} className="flex items-center gap-2 text-slate-600">
            <svg viewBox="0 0 8 8" className="size-2 shrink-0" aria-hidden="true">
              <circle cx="4" cy="4" r="4" fill={entry.color} />
            </svg>
            <span className="flex-1">{entry.name}</span>
            <span className="font-medium text-slate-900 tabular-nums">
              {typeof entry.value === 'number' ? formatCount(entry.value) : String(entry.value)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
