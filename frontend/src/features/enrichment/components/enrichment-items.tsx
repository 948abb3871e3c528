import { useEffect, useRef, useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form';
import { DownloadIcon } from '@/components/ui/icons';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';
import { formatCount } from '@/lib/format';

import { useDownloadEnrichmentItems } from '@/features/enrichment/api/download-enrichment-items';
import {
  ITEM_STATES,
  useEnrichmentItems,
  type EnrichmentItem,
  type ItemState,
} from '@/features/enrichment/api/get-enrichment-items';
import { isActive, type EnrichmentRunStatus } from '@/features/enrichment/utils/run-status';

const HEAD = (
  <TableHead>
    <Th>Item</Th>
    <Th>State</Th>
    <Th>Reason</Th>
    <Th>Fields</Th>
    <Th className="text-right">Credits</Th>
    <Th>Finished</Th>
  </TableHead>
);

/**
 * A run's item results with a state filter, keyset-paged, and the same results as CSV. Asked
 * again while the run works and once more whenever its status changes, so that the last
 * chunk's results show when it completes, stops or resumes.
 */
export function EnrichmentItems({ runId, status }: { runId: number; status: EnrichmentRunStatus }) {
  const [state, setState] = useState<ItemState | undefined>(undefined);
  const items = useEnrichmentItems(runId, state, isActive(status));
  const { refetch } = items;
  const shownFor = useRef(status);
  useEffect(() => {
    if (shownFor.current !== status) {
      shownFor.current = status;
      void refetch();
    }
  }, [status, refetch]);
  const download = useDownloadEnrichmentItems(runId);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <SelectField
          label="State"
          value={state ?? ''}
          onChange={(e) => setState((e.target.value || undefined) as ItemState | undefined)}
        >
          <option value="">All states</option>
          {ITEM_STATES.map((s) => (
            <option key={s} value={s}>
              {s.replace('_', ' ')}
            </option>
          ))}
        </SelectField>
        <Button onClick={() => download.mutate(state)} disabled={download.isPending}>
          <DownloadIcon className="size-4" />
          {download.isPending ? 'Preparing CSV…' : 'Download CSV'}
        </Button>
      </div>
      {download.isError && (
        <ProblemAlert
          className="mb-4"
          error={download.error}
          action="Could not download the items"
          onDismiss={download.reset}
        />
      )}
      {items.isPending ? (
        <TableSkeleton label="Items" loadingText="Loading items…" head={HEAD} rows={3} columns={6} />
      ) : items.isError ? (
        <ProblemAlert error={items.error} action="Could not load the items" />
      ) : (
        <>
          <Table label="Items">
            {HEAD}
            <TableBody>
              {items.data.pages.flatMap((page) => page.items).map((item) => (
                <ItemRow key={item.itemId} item={item} />
              ))}
            </TableBody>
          </Table>
          {items.data.pages[0]?.items.length === 0 && (
            <p className="py-6 text-center text-sm text-slate-500">No items in this state.</p>
          )}
          {items.hasNextPage && (
            <div className="mt-4 flex justify-center">
              <Button onClick={() => void items.fetchNextPage()} disabled={items.isFetchingNextPage}>
                {items.isFetchingNextPage ? 'Loading…' : 'More items'}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}

function ItemRow({ item }: { item: EnrichmentItem }) {
  const fields = Object.entries(item.fields ?? {});
  return (
    <tr>
      <Td>
        <span className="font-medium text-slate-900">{item.label}</span>
        <span className="block text-xs text-slate-500">#{item.itemId}</span>
      </Td>
      <Td>{item.state.replace('_', ' ')}</Td>
      <Td className="max-w-xs break-words">{item.reason ?? ''}</Td>
      <Td className="max-w-sm text-xs break-words">
        {fields.map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join('; ')}
      </Td>
      <Td className="text-right tabular-nums">{formatCount(item.credits)}</Td>
      <Td>
        <Timestamp value={item.finishedAt ?? null} short />
      </Td>
    </tr>
  );
}
