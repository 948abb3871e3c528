import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DetailPageSkeleton } from '@/components/ui/detail-page-skeleton';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { DownloadIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';
import { formatBytes, formatCount } from '@/lib/format';

import { useDownloadReportFile, useDownloadReportZip } from '@/features/reports/api/download-report';
import { FILES_PAGE_SIZE, useReport, type ReportFile } from '@/features/reports/api/get-report';
import { ReportStatusBadge } from '@/features/reports/components/report-status-badge';

/** One report: progress while it renders, its files, and downloads of one dossier or all as a ZIP. */
export function ReportDetail({ reportId }: { reportId: number }) {
  const [cursors, setCursors] = useState<number[]>([]);
  const query = useReport(reportId, cursors.at(-1) ?? 0);
  const zip = useDownloadReportZip(reportId);
  const file = useDownloadReportFile(reportId);

  if (query.isPending) {
    return <DetailPageSkeleton title={`Report #${reportId}`} loading={`report #${reportId}`} />;
  }
  if (query.data === undefined) {
    return (
      <>
        <PageHeader title={`Report #${reportId}`} />
        <div className="mt-8">
          <ErrorFallback error={query.error} onRetry={() => void query.refetch()} />
        </div>
      </>
    );
  }
  const { report, files, nextAfter } = query.data;
  const removed = report.filesRemovedAt != null;
  return (
    <>
      <PageHeader
        title={`Report #${report.id}`}
        description={`Company dossiers${report.createdBy ? `, started by ${report.createdBy}` : ''}`}
        actions={
          <Button
            variant="primary"
            disabled={removed || report.complete === 0 || zip.isPending}
            onClick={() => zip.mutate()}
          >
            <DownloadIcon className="size-4" />
            {zip.isPending ? 'Preparing ZIP…' : `Download all (${formatCount(report.complete)})`}
          </Button>
        }
      />
      <section aria-label="Progress" className="mt-6 space-y-3">
        <div className="flex items-center gap-3">
          <ReportStatusBadge status={report.status} />
          <span className="text-sm text-slate-600">
            {formatCount(report.complete)} of {report.companies == null ? '…' : formatCount(report.companies)}{' '}
            dossiers ready
            {report.failed > 0 && `, ${formatCount(report.failed)} failed`}
          </span>
        </div>
        <ProgressBar
          label={`Progress of report #${report.id}`}
          value={report.progress}
          tone={report.status === 'FAILED' ? 'red' : report.status === 'COMPLETED' ? 'emerald' : 'indigo'}
          size="lg"
        />
        {removed && (
          <p className="text-sm text-amber-700">
            The files were removed after the retention period (<Timestamp value={report.filesRemovedAt} />).
          </p>
        )}
      </section>
      {(zip.isError || file.isError) && (
        <div className="mt-4">
          <ProblemAlert error={zip.error ?? file.error} action="Could not download" />
        </div>
      )}
      <Panel title="Files" className="mt-6">
        <Table label="Files of the report" busy={query.isPlaceholderData}>
          <TableHead>
            <Th>Company</Th>
            <Th>State</Th>
            <Th className="text-right">Size</Th>
            <Th>Created</Th>
            <Th>
              <span className="sr-only">Download</span>
            </Th>
          </TableHead>
          <TableBody>
            {files.map((f) => (
              <FileRow
                key={f.id}
                file={f}
                canDownload={!removed}
                onDownload={() => file.mutate(f.id)}
              />
            ))}
          </TableBody>
        </Table>
        <div className="mt-4 flex justify-end gap-2">
          <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            Previous
          </Button>
          <Button
            disabled={nextAfter == null || files.length < FILES_PAGE_SIZE}
            onClick={() => nextAfter != null && setCursors([...cursors, nextAfter])}
          >
            Next
          </Button>
        </div>
      </Panel>
    </>
  );
}

function FileRow({
  file,
  canDownload,
  onDownload,
}: {
  file: ReportFile;
  canDownload: boolean;
  onDownload: () => void;
}) {
  return (
    <tr>
      <Td>{file.companyName ?? `Company #${file.companyId}`}</Td>
      <Td>
        {file.state}
        {file.reason && <span className="block text-xs text-slate-500">{file.reason}</span>}
      </Td>
      <Td className="text-right tabular-nums">{file.sizeBytes == null ? '–' : formatBytes(file.sizeBytes)}</Td>
      <Td>
        <Timestamp value={file.createdAt} />
      </Td>
      <Td className="text-right">
        {file.state === 'complete' && (
          <Button
            disabled={!canDownload}
            onClick={onDownload}
            aria-label={`PDF of ${file.companyName ?? `company #${file.companyId}`}`}
          >
            <DownloadIcon className="size-4" />
            PDF
          </Button>
        )}
      </Td>
    </tr>
  );
}
