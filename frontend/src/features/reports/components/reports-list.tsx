import { Link } from '@tanstack/react-router';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { DocumentIcon } from '@/components/ui/icons';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';
import { Timestamp } from '@/components/ui/timestamp';
import { formatCount } from '@/lib/format';

import { REPORTS_PAGE_SIZE, useReports, type Report } from '@/features/reports/api/get-reports';
import { ReportStatusBadge } from '@/features/reports/components/report-status-badge';

const HEAD = (
  <TableHead>
    <Th>Report</Th>
    <Th>Status</Th>
    <Th>Progress</Th>
    <Th className="text-right">Companies</Th>
    <Th className="text-right">Files</Th>
    <Th className="text-right">Failed</Th>
    <Th>Started</Th>
  </TableHead>
);

/** The tenant's reports, newest first, a page at a time. */
export function ReportsList() {
  const [cursors, setCursors] = useState<number[]>([]);
  const reports = useReports(cursors.at(-1));

  if (reports.isPending) {
    return <TableSkeleton label="Reports" loadingText="Loading reports…" head={HEAD} rows={3} columns={7} />;
  }
  if (reports.isError) {
    return <ProblemAlert error={reports.error} action="Could not load the reports" />;
  }
  if (reports.data.length === 0 && cursors.length === 0) {
    return (
      <EmptyState icon={<DocumentIcon className="size-6" />} title="No reports yet">
        Pick companies above, or use Dossier on a company.
      </EmptyState>
    );
  }
  const last = reports.data.at(-1);
  return (
    <>
      <Table label="Reports" busy={reports.isPlaceholderData}>
        {HEAD}
        <TableBody>
          {reports.data.map((report) => (
            <ReportRow key={report.id} report={report} />
          ))}
        </TableBody>
      </Table>
      <div className="mt-4 flex justify-end gap-2">
        <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          Newer
        </Button>
        <Button
          disabled={!last || reports.data.length < REPORTS_PAGE_SIZE}
          onClick={() => last && setCursors([...cursors, last.id])}
        >
          Older
        </Button>
      </div>
    </>
  );
}

function ReportRow({ report }: { report: Report }) {
  return (
    <tr>
      <Td>
        <Link
          to="/reports/$reportId"
          params={{ reportId: String(report.id) }}
          className="font-medium text-indigo-600 hover:text-indigo-500"
        >
          <span className="sr-only">Report</span> #{report.id}
        </Link>
      </Td>
      <Td>
        <ReportStatusBadge status={report.status} />
      </Td>
      <Td className="w-40">
        <ProgressBar label={`Progress of report #${report.id}`} value={report.progress} size="sm" />
      </Td>
      <Td className="text-right tabular-nums">{report.companies == null ? '–' : formatCount(report.companies)}</Td>
      <Td className="text-right tabular-nums">{formatCount(report.complete)}</Td>
      <Td className="text-right tabular-nums">{formatCount(report.failed)}</Td>
      <Td>
        <Timestamp value={report.createdAt} />
      </Td>
    </tr>
  );
}
