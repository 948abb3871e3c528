import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
  type LegendPayload,
} from 'recharts';

import { formatCount, formatShare } from '@/lib/format';

import type { OverviewView } from '@/features/overview/api/get-overview';
import {
  AXIS_TICK,
  CHART_COLOURS,
  ChartFrame,
  DayTooltip,
} from '@/features/overview/components/chart-frame';
import {
  completenessShares,
  createdPerDay,
  formatDay,
  formatLongDay,
  peakOf,
  sumOf,
} from '@/features/overview/utils/chart-data';

const MARGIN = { top: 8, right: 8, bottom: 0, left: -8 };

const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** Y-axis numbers: "1.2K" rather than "1200". */
function formatTick(value: number): string {
  return compactFormat.format(value);
}

function dayAxis() {
  return (
    <XAxis
      dataKey="day"
      tickFormatter={formatDay}
      tick={AXIS_TICK}
      tickLine={false}
      axisLine={{ stroke: CHART_COLOURS.grid }}
      minTickGap={24}
    />
  );
}

function countAxis() {
  return (
    <YAxis
      tickFormatter={formatTick}
      tick={AXIS_TICK}
      tickLine={false}
      axisLine={false}
      allowDecimals={false}
      width={48}
    />
  );
}

function grid() {
  return <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />;
}

function legend() {
  // In the order the series are drawn, not alphabetically.
  return <Legend iconType="circle" iconSize={8} formatter={legendText} itemSorter={null} />;
}

function legendText(value: string, _entry: LegendPayload) {
  return <span className="text-xs text-slate-600">{value}</span>;
}

function peakText<T extends { day: string }>(items: readonly T[], value: (item: T) => number, noun: string) {
  const peak = peakOf(items, value);
  return peak ? ` The busiest day was ${formatLongDay(peak.day)} with ${formatCount(value(peak))} ${noun}.` : '';
}

/** Contacts and companies created per day, as two areas. */
export function CreatedChart({ overview }: { overview: OverviewView }) {
  const data = createdPerDay(overview);
  const contacts = sumOf(data, (day) => day.contacts);
  const companies = sumOf(data, (day) => day.companies);
  return (
    <ChartFrame
      summary={`${formatCount(contacts)} contacts and ${formatCount(companies)} companies created in the last ${overview.days} days.${peakText(data, (day) => day.contacts, 'contacts')}`}
    >
      <AreaChart data={data} margin={MARGIN} accessibilityLayer={false}>
        <defs>
          <linearGradient id="overview-contacts" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={CHART_COLOURS.indigo} stopOpacity={0.35} />
            <stop offset="100%" stopColor={CHART_COLOURS.indigo} stopOpacity={0.02} />
          </linearGradient>
          <linearGradient id="overview-companies" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor={CHART_COLOURS.sky} stopOpacity={0.35} />
            <stop offset="100%" stopColor={CHART_COLOURS.sky} stopOpacity={0.02} />
          </linearGradient>
        </defs>
        {grid()}
        {dayAxis()}
        {countAxis()}
        <Tooltip content={DayTooltip} cursor={{ stroke: CHART_COLOURS.grid }} />
        {legend()}
        <Area
          type="monotone"
          dataKey="contacts"
          name="Contacts"
          stroke={CHART_COLOURS.indigo}
          strokeWidth={2}
          fill="url(#overview-contacts)"
        />
        <Area
          type="monotone"
          dataKey="companies"
          name="Companies"
          stroke={CHART_COLOURS.sky}
          strokeWidth={2}
          fill="url(#overview-companies)"
        />
      </AreaChart>
    </ChartFrame>
  );
}

/** Rows imported per day, with the rejected ones beside them. */
export function ImportsChart({ overview }: { overview: OverviewView }) {
  const data = overview.importsPerDay;
  const imports = sumOf(data, (day) => day.imports);
  const rows = sumOf(data, (day) => day.rows);
  const rejected = sumOf(data, (day) => day.rejected);
  return (
    <ChartFrame
      summary={`${formatCount(imports)} imports with ${formatCount(rows)} rows, ${formatCount(rejected)} of them rejected, in the last ${overview.days} days.${peakText(data, (day) => day.rows, 'rows')}`}
    >
      <BarChart data={data} margin={MARGIN} accessibilityLayer={false}>
        {grid()}
        {dayAxis()}
        {countAxis()}
        <Tooltip content={DayTooltip} cursor={{ fill: '#f1f5f9' }} />
        {legend()}
        <Bar dataKey="rows" name="Rows" fill={CHART_COLOURS.indigo} radius={[3, 3, 0, 0]} maxBarSize={18} />
        <Bar dataKey="rejected" name="Rejected" fill={CHART_COLOURS.red} radius={[3, 3, 0, 0]} maxBarSize={18} />
      </BarChart>
    </ChartFrame>
  );
}

/** Job runs that ended per day, stacked by how they ended. */
export function JobsChart({ overview }: { overview: OverviewView }) {
  const data = overview.jobsPerDay;
  const completed = sumOf(data, (day) => day.completed);
  const failed = sumOf(data, (day) => day.failed);
  const stopped = sumOf(data, (day) => day.stopped);
  return (
    <ChartFrame
      summary={`In the last ${overview.days} days ${formatCount(completed)} job runs completed, ${formatCount(failed)} failed and ${formatCount(stopped)} were stopped.`}
    >
      <BarChart data={data} margin={MARGIN} accessibilityLayer={false}>
        {grid()}
        {dayAxis()}
        {countAxis()}
        <Tooltip content={DayTooltip} cursor={{ fill: '#f1f5f9' }} />
        {legend()}
        <Bar dataKey="completed" name="Completed" stackId="runs" fill={CHART_COLOURS.emerald} maxBarSize={18} />
        <Bar dataKey="failed" name="Failed" stackId="runs" fill={CHART_COLOURS.red} maxBarSize={18} />
        <Bar
          dataKey="stopped"
          name="Stopped"
          stackId="runs"
          fill={CHART_COLOURS.amber}
          radius={[3, 3, 0, 0]}
          maxBarSize={18}
        />
      </BarChart>
    </ChartFrame>
  );
}

/** The share of contacts that have each kind of data, as horizontal bars. */
export function CompletenessChart({ overview }: { overview: OverviewView }) {
  const data = completenessShares(overview);
  const all = overview.completeness.contacts;
  return (
    <ChartFrame
      summary={`Of ${formatCount(all)} contacts: ${data
        .map(({ label, count }) => `${formatShare(count, all)} have ${label.toLowerCase() === 'e-mail' ? 'an e-mail' : `a ${label.toLowerCase()}`}`)
        .join(', ')}.`}
    >
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={(value: number) => formatShare(value, 1)}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: CHART_COLOURS.grid }}
        />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={false} width={72} />
        <Tooltip
          cursor={{ fill: '#f1f5f9' }}
          content={({ active, label }) => {
            const entry = data.find((item) => item.label === label);
            return active && entry ? (
              <div className="rounded-lg bg-white/95 px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
                <p className="font-medium text-slate-900">With {entry.label.toLowerCase()}</p>
                <p className="mt-1 text-slate-600 tabular-nums">
                  {formatCount(entry.count)} of {formatCount(all)} ({formatShare(entry.count, all)})
                </p>
              </div>
            ) : null;
          }}
        />
        <Bar
          dataKey="share"
          name="Share of contacts"
          fill={CHART_COLOURS.indigo}
          radius={[0, 3, 3, 0]}
          maxBarSize={22}
          label={{
            position: 'right',
            fontSize: 12,
            fill: CHART_COLOURS.axis,
            formatter: (value: unknown) => (typeof value === 'number' ? formatShare(value, 1) : ''),
          }}
        />
      </BarChart>
    </ChartFrame>
  );
}
