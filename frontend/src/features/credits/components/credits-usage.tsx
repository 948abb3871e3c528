import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { formatCount } from '@/lib/format';

import type { CreditsView } from '@/features/credits/api/get-credits';

const INDIGO = '#6366f1';
const AXIS_TICK = { fontSize: 12, fill: '#64748b' } as const;

/** Credits charged per day over the last 30 days, with the gist in words for screen readers. */
export function UsagePerDay({ days }: { days: CreditsView['usagePerDay'] }) {
  const data = days.map((d) => ({ day: d.day ?? '', credits: d.credits ?? 0 }));
  const total = data.reduce((sum, d) => sum + d.credits, 0);
  if (data.length === 0) {
    return <p className="text-sm text-slate-500">No credits charged in the last 30 days.</p>;
  }
  return (
    <figure>
      <figcaption className="sr-only">
        {`${formatCount(total)} credits charged over ${data.length} days.`}
      </figcaption>
      <div aria-hidden="true" className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="day" tick={AXIS_TICK} tickLine={false} minTickGap={24} />
            <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="credits" name="Credits" fill={INDIGO} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function UsagePerStage({ stages }: { stages: CreditsView['usagePerStage'] }) {
  if (stages.length === 0) {
    return <p className="text-sm text-slate-500">No stage has charged credits in the last 30 days.</p>;
  }
  return (
    <Table label="Usage per stage">
      <TableHead>
        <Th>Stage</Th>
        <Th className="text-right">Credits</Th>
        <Th className="text-right">Items</Th>
      </TableHead>
      <TableBody>
        {stages.map((s) => (
          <tr key={s.stage}>
            <Td>{s.stage}</Td>
            <Td className="text-right tabular-nums">{formatCount(s.credits ?? 0)}</Td>
            <Td className="text-right tabular-nums">{formatCount(s.items ?? 0)}</Td>
          </tr>
        ))}
      </TableBody>
    </Table>
  );
}
