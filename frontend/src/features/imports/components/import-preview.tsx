import { useState, type ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableHead, TableSkeleton, Td, Th } from '@/components/ui/table';

import type { ContactFields, PreviewRow, RowIssue } from '@/features/imports/api/preview-import';

type Contact = ContactFields;

/** A preview column: its heading, whether a contact fills it, and what it shows of one. */
type Column = {
  key: string;
  label: string;
  has: (contact: Contact) => boolean;
  show: (contact: Contact) => ReactNode;
};

/** The contact's values, grouped the way a person reads a contact, blank groups left out. */
const COLUMNS: readonly Column[] = [
  { key: 'email', label: 'E-mail', has: (c) => !!c.email, show: (c) => <Text value={c.email} /> },
  {
    key: 'name',
    label: 'Name',
    has: (c) => !!(c.firstName || c.lastName),
    show: (c) => <Text value={[c.firstName, c.lastName].filter(Boolean).join(' ')} />,
  },
  { key: 'title', label: 'Job title', has: (c) => !!c.title, show: (c) => <Text value={c.title} /> },
  {
    key: 'company',
    label: 'Company',
    has: (c) => !!(c.companyName || c.companyDomain),
    show: (c) => (
      <>
        <Text value={c.companyName} />
        {c.companyDomain && <span className="block text-xs text-slate-500">{c.companyDomain}</span>}
      </>
    ),
  },
  { key: 'phone', label: 'Phone', has: (c) => !!c.phone, show: (c) => <Text value={c.phone} mono /> },
  {
    key: 'location',
    label: 'Location',
    has: (c) => !!(c.city || c.country),
    show: (c) => <Text value={[c.city, c.country].filter(Boolean).join(', ')} />,
  },
  {
    key: 'linkedin',
    label: 'LinkedIn',
    has: (c) => !!c.linkedinUrl,
    show: (c) => <Text value={c.linkedinUrl} />,
  },
];

type ImportPreviewProps = {
  rows: readonly PreviewRow[] | undefined;
  /** Whether the rows on screen are being replaced by those of a newer mapping. */
  updating: boolean;
};

/**
 * The sample rows as they will be imported: normalised values, rejected rows in red, and beside
 * each row's result (on the left, so no scrolling hides them) the reasons it was rejected or what
 * was changed or dropped. Only columns with a value show; the problem rows can be shown alone.
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
  return <PreviewTable rows={rows} updating={updating} />;
}

function PreviewTable({ rows: all, updating }: { rows: readonly PreviewRow[]; updating: boolean }) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const withProblems = all.filter((row) => !row.contact || (row.issues ?? []).length > 0);
  const rows = problemsOnly ? withProblems : all;
  const contacts = all.flatMap((row) => (row.contact ? [row.contact] : []));
  const columns = COLUMNS.filter((column) => contacts.some(column.has));
  const attributes = [...new Set(contacts.flatMap((contact) => Object.keys(contact.attributes ?? {})))];
  const valueColumns = columns.length + attributes.length;
  const rejected = all.length - contacts.length;
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
        <span>
          The first {all.length} {all.length === 1 ? 'row' : 'rows'} of the file
          {rejected > 0 && (
            <>
              {' · '}
              <span className="font-medium text-red-700">{rejected} would be rejected</span>
            </>
          )}
        </span>
        <span role="status">{updating ? 'Updating the preview…' : ''}</span>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            className="size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            checked={problemsOnly}
            onChange={(event) => setProblemsOnly(event.target.checked)}
          />
          Only rows with warnings or rejections ({withProblems.length})
        </label>
      </div>
      <Table label="Preview" busy={updating}>
        <TableHead>
          <Th>Line</Th>
          <Th className="min-w-64">Result</Th>
          {columns.map((column) => (
            <Th key={column.key}>{column.label}</Th>
          ))}
          {attributes.map((name) => (
            <Th key={`attribute-${name}`} className="normal-case">
              {name}
            </Th>
          ))}
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <tr key={row.line} className={row.contact ? undefined : 'bg-red-50/70'}>
              <Td className="text-xs text-slate-500 tabular-nums">{row.line}</Td>
              <Td className="min-w-64">
                <RowResult row={row} />
                <Issues issues={row.issues ?? []} />
              </Td>
              {row.contact ? (
                <>
                  {columns.map((column) => (
                    <Td key={column.key} className="max-w-64">
                      {row.contact && column.show(row.contact)}
                    </Td>
                  ))}
                  {attributes.map((name) => (
                    <Td key={`attribute-${name}`} className="max-w-48">
                      <Text value={row.contact?.attributes?.[name]} />
                    </Td>
                  ))}
                </>
              ) : (
                valueColumns > 0 && (
                  <Td colSpan={valueColumns} className="text-xs text-slate-500">
                    Not imported
                  </Td>
                )
              )}
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

/** One value on one line, cut with an ellipsis when long (all of it in the tooltip). */
function Text({ value, mono = false }: { value: string | null | undefined; mono?: boolean }) {
  if (!value) {
    return (
      <span className="text-slate-300">
        <span aria-hidden="true">—</span>
        <span className="sr-only">none</span>
      </span>
    );
  }
  return (
    <span title={value} className={`block truncate whitespace-nowrap ${mono ? 'font-mono text-xs' : ''}`}>
      {value}
    </span>
  );
}

function Issues({ issues }: { issues: readonly RowIssue[] }) {
  if (issues.length === 0) {
    return null;
  }
  return (
    <ul className="mt-1.5 space-y-1 text-xs">
      {issues.map((issue, index) => (
        <li key={index} className={issue.severity === 'ERROR' ? 'text-red-700' : 'text-amber-800'}>
          <span className="font-medium">{issue.column ?? 'Row'}</span>
          {issue.value ? <> “{issue.value}”</> : null}: {issue.reason}
        </li>
      ))}
    </ul>
  );
}
