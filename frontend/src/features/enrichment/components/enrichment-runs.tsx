import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SparklesIcon } from '@/components/ui/icons';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';
import { formatCount } from '@/lib/format';

import {
  RUNS_PAGE_SIZE,
  useEnrichmentRuns,
  type EnrichmentRun,
} from '@/features/enrichment/api/get-enrichment-runs';
import { RunStatusBadge } from '@/features/enrichment/components/run-status-badge';

const LINK = 'font-medium text-indigo-600 hover:text-indigo-500';

const HEAD = (
  <TableHead>
    <Th>Run</Th>
    <Th>Stage</Th>
    <Th>Status</Th>
    <Th className="text-right">Found</Th>
    <Th className="text-right">Not found</Th>
    <Th className="text-right">Failed</Th>
    <Th className="text-right">Pending</Th>
    <Th className="text-right">Credits charged</Th>
    <Th>Started</Th>
  </TableHead>
);

/** The tenant's enrichment runs, newest first, a page at a time. */
export function EnrichmentRuns() {
  // The ids each older page starts below; empty on the first page.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const runs = useEnrichmentRuns(before);

  if (runs.isPending) {
    return (
      <TableSkeleton label="Enrichment runs" loadingText="Loading runs…" head={HEAD} rows={3} columns={9} />
    );
  }
  if (runs.isError) {
    return <ProblemAlert error={runs.error} action="Could not load the enrichment runs" />;
  }
  if (runs.data.length === 0 && cursors.length === 0) {
    return (
      <EmptyState icon={<SparklesIcon className="size-6" />} title="No enrichment runs yet">
        Estimate a run above, then start it.
      </EmptyState>
    );
  }
  const last = runs.data.at(-1);
  return (
    <>
      <Table label="Enrichment runs" busy={runs.isPlaceholderData}>
        {HEAD}
        <TableBody>
          {runs.data.map((run) => (
            <RunRow key={run.id} run={run} />
          ))}
        </TableBody>
      </Table>
      <div className="mt-4 flex justify-end gap-2">
        <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          Newer
        </Button>
        <Button
          disabled={!last || runs.data.length < RUNS_PAGE_SIZE}
          onClick={() => last && setCursors([...cursors, last.id])}
        >
          Older
        </Button>
      </div>
    </>
  );
}

function RunRow({ run }: { run: EnrichmentRun }) {
  return (
    <tr>
      <Td>
        <Link to="/enrichment/runs/$runId" params={{ runId: String(run.id) }} className={LINK}>
          <span className="sr-only">Run</span> #{run.id}
        </Link>
      </Td>
      <Td>{run.stage}</Td>
      <Td>
        <RunStatusBadge status={run.status} />
      </Td>
      <Td className="text-right tabular-nums">{formatCount(run.found)}</Td>
      <Td className="text-right tabular-nums">{formatCount(run.notFound)}</Td>
      <Td className="text-right tabular-nums">{formatCount(run.failed)}</Td>
      <Td className="text-right tabular-nums">{formatCount(run.pending)}</Td>
      <Td className="text-right tabular-nums">{formatCount(run.charged)}</Td>
      <Td>
        <Timestamp value={run.createdAt} short />
      </Td>
    </tr>
  );
}
