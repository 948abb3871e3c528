import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Panel } from '@/components/ui/panel';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';
import { formatCount } from '@/lib/format';

import { useCredits, type LedgerEntry } from '@/features/credits/api/get-credits';
import { UsagePerDay, UsagePerStage } from '@/features/credits/components/credits-usage';

const LINK = 'font-medium text-indigo-600 hover:text-indigo-500';

/** The tenant's credits: what is there, what runs hold, every movement and the recent usage. */
export function CreditsOverview() {
  // The entry ids each older ledger page starts below; empty on the first page.
  const [cursors, setCursors] = useState<number[]>([]);
  const credits = useCredits(cursors.at(-1));

  if (credits.isPending) {
    return <Skeleton className="mt-8 h-40 w-full" />;
  }
  if (credits.isError) {
    return <ProblemAlert className="mt-8" error={credits.error} action="Could not load the credits" />;
  }
  const data = credits.data;
  return (
    <>
      <section aria-label="Balance" className="mt-8 grid gap-4 sm:grid-cols-3">
        {(
          [
            ['Balance', data.balance],
            ['Held by running runs', data.held],
            ['Available', data.available],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-xl bg-white p-5 shadow-xs ring-1 ring-slate-200">
            <p className="text-sm text-slate-500">{label}</p>
            <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{formatCount(value)}</p>
          </div>
        ))}
      </section>
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <Panel title="Usage per day" description="Credits charged, last 30 days">
          <UsagePerDay days={data.usagePerDay} />
        </Panel>
        <Panel title="Usage per stage" description="Last 30 days">
          <UsagePerStage stages={data.usagePerStage} />
        </Panel>
      </div>
      <Panel title="Ledger" description="Every movement, newest first" className="mt-8">
        <Table label="Ledger" busy={credits.isPlaceholderData}>
          <TableHead>
            <Th>Kind</Th>
            <Th className="text-right">Amount</Th>
            <Th className="text-right">Items</Th>
            <Th>Run</Th>
            <Th>Stage</Th>
            <Th>Note</Th>
            <Th>Date</Th>
          </TableHead>
          <TableBody>
            {data.ledger.map((entry) => (
              <LedgerRow key={entry.id} entry={entry} />
            ))}
          </TableBody>
        </Table>
        {data.ledger.length === 0 && (
          <p className="py-6 text-center text-sm text-slate-500">No credit movements yet.</p>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            Newer
          </Button>
          <Button
            disabled={data.nextBefore == null}
            onClick={() => data.nextBefore != null && setCursors([...cursors, data.nextBefore])}
          >
            Older
          </Button>
        </div>
      </Panel>
    </>
  );
}

function LedgerRow({ entry }: { entry: LedgerEntry }) {
  return (
    <tr>
      <Td>{entry.kind?.replace('_', ' ')}</Td>
      <Td className="text-right tabular-nums">{formatCount(entry.amount ?? 0)}</Td>
      <Td className="text-right tabular-nums">{entry.items == null ? '' : formatCount(entry.items)}</Td>
      <Td>
        {entry.runId != null && (
          <Link to="/enrichment/runs/$runId" params={{ runId: String(entry.runId) }} className={LINK}>
            <span className="sr-only">Run</span> #{entry.runId}
          </Link>
        )}
      </Td>
      <Td>{entry.stage ?? ''}</Td>
      <Td className="max-w-xs break-words">{entry.note ?? ''}</Td>
      <Td>
        <Timestamp value={entry.createdAt ?? null} short />
      </Td>
    </tr>
  );
}
