import { Link } from '@tanstack/react-router';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { ImportsIcon } from '@/components/ui/icons';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';
import { formatBytes, formatCount } from '@/lib/format';

import {
  importsRefetchInterval,
  useImports,
  type ImportSummaryView,
} from '@/features/imports/api/get-imports';
import { ImportStatusBadge } from '@/features/imports/components/import-status-badge';

/** The tenant's imports, newest first; updates itself while any of them runs. */
export function ImportsList() {
  const imports = useImports();
  const live = importsRefetchInterval(imports.data) !== false;

  if (imports.isPending) {
    return (
      <TableSkeleton
        label="Past imports"
        loadingText="Loading imports…"
        head={<ImportsHead />}
        rows={4}
        columns={5}
      />
    );
  }
  if (imports.data === undefined) {
    return <ErrorFallback error={imports.error} onRetry={() => void imports.refetch()} />;
  }
  if (imports.data.pages.every((page) => page.items.length === 0)) {
    return (
      <EmptyState icon={<ImportsIcon className="size-6" />} title="No imports yet">
        Files you upload are listed here with what became of each row.
      </EmptyState>
    );
  }
  return (
    <>
      <LiveIndicator live={live}>Live: refreshing every second while an import runs</LiveIndicator>
      <Table label="Past imports">
        <ImportsHead />
        <TableBody>
          {imports.data.pages.flatMap((page) =>
            page.items.map((item) => <ImportRow key={item.id} item={item} />),
          )}
        </TableBody>
      </Table>
      {imports.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <Button onClick={() => void imports.fetchNextPage()} disabled={imports.isFetchingNextPage}>
            {imports.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
      {imports.isError && (
        <ProblemAlert
          error={imports.error}
          action={
            imports.isFetchNextPageError ? 'Could not load more imports' : 'Could not refresh the list'
          }
          className="mt-4"
        />
      )}
    </>
  );
}

function ImportsHead() {
  return (
    <TableHead>
      <Th>File</Th>
      <Th>Status</Th>
      <Th className="text-right">Rows</Th>
      <Th>Result</Th>
      <Th>Uploaded</Th>
    </TableHead>
  );
}

function ImportRow({ item }: { item: ImportSummaryView }) {
  const { counts } = item;
  const started = item.status !== 'UPLOADED';
  return (
    <tr className="hover:bg-slate-50/60">
      <Td className="max-w-72">
        <Link
          to="/imports/$importId"
          params={{ importId: String(item.id) }}
          className="block truncate font-medium text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          title={item.fileName}
        >
          {item.fileName}
        </Link>
        <span className="mt-0.5 block text-xs text-slate-500">
          Import #{item.id} · {formatBytes(item.sizeBytes)}
        </span>
      </Td>
      <Td>
        <ImportStatusBadge status={item.status} />
      </Td>
      <Td className="text-right whitespace-nowrap tabular-nums">
        {started ? formatCount(counts.rows) : `~${formatCount(item.estimatedRows)}`}
      </Td>
      <Td className="text-xs whitespace-nowrap">
        {started ? (
          <span className="tabular-nums">
            <span className="text-emerald-700">{formatCount(counts.inserted)} new</span>
            {' · '}
            {formatCount(counts.updated)} updated
            {counts.duplicates > 0 && <> · {formatCount(counts.duplicates)} merged</>}
            {' · '}
            <span className={counts.rejected > 0 ? 'text-red-700' : undefined}>
              {formatCount(counts.rejected)} rejected
            </span>
          </span>
        ) : (
          <span className="text-slate-500">Waiting for its mapping</span>
        )}
      </Td>
      <Td>
        <Timestamp value={item.createdAt} short />
      </Td>
    </tr>
  );
}
