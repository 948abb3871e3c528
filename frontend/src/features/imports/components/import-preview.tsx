import type { ReactNode } from 'react';

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
  const contacts = rows.flatMap((row) => (row.contact ? [row.contact] : []));
  const columns = COLUMNS.filter((column) => contacts.some(column.has));
  const attributes = [...new Set(contacts.flatMap((contact) => Object.keys(contact.attributes ?? {})))];
  const notes = rows.some((row) => row.contact && (row.issues ?? []).length > 0);
  const valueColumns = columns.length + attributes.length + (notes ? 1 : 0);
  const rejected = rows.length - contacts.length;
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
          {columns.map((column) => (
            <Th key={column.key}>{column.label}</Th>
          ))}
          {attributes.map((name) => (
            <Th key={`attribute-${name}`} className="normal-case">
              {name}
            </Th>
          ))}
          {notes && <Th>Notes</Th>}
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <tr key={row.line} className={row.contact ? undefined : 'bg-red-50/70'}>
              <Td className="text-xs text-slate-500 tabular-nums">{row.line}</Td>
              <Td>
                <RowResult row={row} />
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
                  {notes && (
                    <Td className="min-w-56 text-xs">
                      <Issues issues={row.issues ?? []} />
                    </Td>
                  )}
                </>
              ) : (
                <Td colSpan={Math.max(1, valueColumns)} className="text-xs">
                  <Issues issues={row.issues ?? []} />
                </Td>
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
    <ul className="space-y-1">
      {issues.map((issue, index) => (
        <li key={index} className={issue.severity === 'ERROR' ? 'text-red-700' : 'text-amber-800'}>
          <span className="font-medium">{issue.column ?? 'Row'}</span>
          {issue.value ? <> “{issue.value}”</> : null}: {issue.reason}
        </li>
      ))}
    </ul>
  );
}
