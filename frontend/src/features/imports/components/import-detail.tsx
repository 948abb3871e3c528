import { Link } from '@tanstack/react-router';

import { ProblemAlert } from '@/components/ui/alert';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { PageHeader } from '@/components/ui/page-header';
import { DetailPageSkeleton } from '@/components/ui/detail-page-skeleton';
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
    return <DetailPageSkeleton title={`Import #${importId}`} loading={`import #${importId}`} />;
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
      {view.sameFile && (
        <p
          role="status"
          className="mt-6 rounded-lg bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset"
        >
          <span className="font-medium">Same file as an earlier import.</span> It was imported on{' '}
          {formatDateTime(view.sameFile.importedAt)} as{' '}
          <Link
            to="/imports/$importId"
            params={{ importId: String(view.sameFile.importId) }}
            className="font-medium underline hover:no-underline"
          >
            import #{view.sameFile.importId} ({view.sameFile.fileName})
          </Link>
          .{' '}
          {view.status === 'UPLOADED' &&
            'You can still import it: rows that would change nothing are counted as unchanged.'}
        </p>
      )}
      {view.fileRemovedAt !== null && (
        <p className="mt-6 rounded-lg bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          The uploaded file was removed on {formatDateTime(view.fileRemovedAt)}, after the retention period.
          The counts and rejected rows stay; to import the file, upload it again.
        </p>
      )}
      <div className="mt-6">
        {view.status === 'UPLOADED' ? (
          view.fileRemovedAt === null && <ImportSetup view={view} canImport={canImport} />
        ) : (
          <ImportRun view={view} canImport={canImport} />
        )}
      </div>
    </>
  );
}
