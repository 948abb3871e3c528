import { ProblemAlert } from '@/components/ui/alert';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { formatBytes, formatDateTime } from '@/lib/format';

import { useImport } from '@/features/imports/api/get-import';
import { ImportRun } from '@/features/imports/components/import-run';
import { ImportSetup } from '@/features/imports/components/import-setup';
import { ImportStatusBadge } from '@/features/imports/components/import-status-badge';

type ImportDetailProps = {
  importId: number;
  /** Whether the signed-in user's role lets them set up and start imports. */
  canImport: boolean;
};

/** One import: set up before it starts, followed live while it runs, its result afterwards. */
export function ImportDetail({ importId, canImport }: ImportDetailProps) {
  const query = useImport(importId);

  if (query.isPending) {
    return <ImportDetailSkeleton importId={importId} />;
  }
  if (query.data === undefined) {
    return (
      <>
        <PageHeader title={`Import #${importId}`} />
        <div className="mt-8">
          <ErrorFallback error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }

  const view = query.data;
  return (
    <>
      <PageHeader
        title={view.fileName}
        description={`Import #${view.id} · ${formatBytes(view.sizeBytes)} · uploaded ${formatDateTime(view.createdAt)}`}
        actions={<ImportStatusBadge status={view.status} />}
      />
      {query.isError && (
        <ProblemAlert error={query.error} action="Could not refresh the import" className="mt-6" />
      )}
      <div className="mt-6">
        {view.status === 'UPLOADED' ? (
          <ImportSetup view={view} canImport={canImport} />
        ) : (
          <ImportRun view={view} />
        )}
      </div>
    </>
  );
}

function ImportDetailSkeleton({ importId }: { importId: number }) {
  return (
    <>
      <PageHeader title={`Import #${importId}`} />
      <div role="status" aria-live="polite" className="mt-6 space-y-6">
        <span className="sr-only">Loading import #{importId}…</span>
        {Array.from({ length: 3 }, (_, index) => (
          <div
            key={index}
            aria-hidden="true"
            className="space-y-3 rounded-xl bg-white p-5 shadow-xs ring-1 ring-slate-200"
          >
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-2/3" />
          </div>
        ))}
      </div>
    </>
  );
}
