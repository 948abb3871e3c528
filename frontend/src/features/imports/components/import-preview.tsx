import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';

import type { ContactFields, PreviewRow, RowIssue } from '@/features/imports/api/preview-import';

/** The contact fields a preview can show, in reading order. */
const FIELDS = [
  ['email', 'E-mail'],
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['title', 'Job title'],
  ['companyName', 'Company'],
  ['companyDomain', 'Domain'],
  ['phone', 'Phone'],
  ['city', 'City'],
  ['country', 'Country'],
  ['linkedinUrl', 'LinkedIn'],
] as const satisfies readonly (readonly [Exclude<keyof ContactFields, 'attributes'>, string])[];

type ImportPreviewProps = {
  rows: readonly PreviewRow[] | undefined;
  /** Whether the rows on screen are being replaced by those of a newer mapping. */
  updating: boolean;
};

/**
 * The sample rows as they will be imported: normalised values, rejected rows in red with their
 * reasons, and what was changed or dropped in the others. Only columns with a value show.
 */
export function ImportPreview({ rows, updating }: ImportPreviewProps) {
  if (rows === undefined) {
    return (
      <TableSkeleton
        label="Preview"
        loadingText="Loading the preview…"
        head={
          <TableHead>
            <Th>Line</Th>
            <Th>Result</Th>
            <Th>Values</Th>
          </TableHead>
        }
        rows={3}
        columns={3}
      />
    );
  }
  const fields = FIELDS.filter(([key]) => rows.some((row) => row.contact?.[key]));
  const attributes = [
    ...new Set(rows.flatMap((row) => Object.keys(row.contact?.attributes ?? {}))),
  ];
  const rejected = rows.filter((row) => !row.contact).length;
  return (
    <div>
      <p className="mb-3 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span>
          The first {rows.length} {rows.length === 1 ? 'row' : 'rows'} of the file
          {rejected > 0 && (
            <>
              {' · '}
              <span className="font-medium text-red-700">{rejected} would be rejected</span>
            </>
          )}
        </span>
        <span role="status">{updating ? 'Updating the preview…' : ''}</span>
      </p>
      <Table label="Preview" busy={updating}>
        <TableHead>
          <Th>Line</Th>
          <Th>Result</Th>
          {fields.map(([key, label]) => (
            <Th key={key}>{label}</Th>
          ))}
          {attributes.map((name) => (
            <Th key={`attribute-${name}`} className="normal-case">
              {name}
            </Th>
          ))}
          <Th>Notes</Th>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <tr key={row.line} className={row.contact ? undefined : 'bg-red-50/70'}>
              <Td className="text-xs text-slate-500 tabular-nums">{row.line}</Td>
              <Td>
                <RowResult row={row} />
              </Td>
              {fields.map(([key]) => (
                <Td key={key} className="max-w-56 truncate whitespace-nowrap">
                  <Value text={row.contact?.[key]} />
                </Td>
              ))}
              {attributes.map((name) => (
                <Td key={`attribute-${name}`} className="max-w-56 truncate whitespace-nowrap">
                  <Value text={row.contact?.attributes?.[name]} />
                </Td>
              ))}
              <Td className="min-w-64 text-xs">
                <Issues issues={row.issues ?? []} />
              </Td>
            </tr>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function RowResult({ row }: { row: PreviewRow }) {
  if (!row.contact) {
    return <Badge tone="red">Rejected</Badge>;
  }
  return (row.issues ?? []).length > 0 ? (
    <Badge tone="amber">With warnings</Badge>
  ) : (
    <Badge tone="emerald">OK</Badge>
  );
}

function Value({ text }: { text: string | null | undefined }) {
  if (!text) {
    return (
      <span className="text-slate-300">
        <span aria-hidden="true">—</span>
        <span className="sr-only">none</span>
      </span>
    );
  }
  return <span title={text}>{text}</span>;
}

function Issues({ issues }: { issues: readonly RowIssue[] }) {
  if (issues.length === 0) {
    return null;
  }
  return (
    <ul className="space-y-1">
      {issues.map((issue, index) => (
        <li
          key={index}
          className={issue.severity === 'ERROR' ? 'text-red-700' : 'text-amber-800'}
        >
          <span className="font-medium">{issue.column ?? 'Row'}</span>
          {issue.value ? <> “{issue.value}”</> : null}: {issue.reason}
        </li>
      ))}
    </ul>
  );
}
