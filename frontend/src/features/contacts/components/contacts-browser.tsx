import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { ContactsIcon, DownloadIcon, SearchIcon } from '@/components/ui/icons';
import { SearchField } from '@/components/ui/search-field';
import { selectionColumn } from '@/components/ui/selection-column';
import { Skeleton } from '@/components/ui/skeleton';
import {
  VirtualTable,
  VirtualTableSkeleton,
  type SortDirection,
  type TableSorting,
} from '@/components/ui/virtual-table';
import { useRowSelection } from '@/hooks/use-row-selection';
import { formatTotal } from '@/lib/format';

import { useExportSelectedContacts, type DeleteOutcome } from '@/features/contacts/api/contact-selection';
import { useExportContacts } from '@/features/contacts/api/export-contacts';
import { useContacts, type ContactView } from '@/features/contacts/api/get-contacts';
import { BulkDeleteDialog } from '@/features/contacts/components/bulk-delete-dialog';
import { ColumnChooser } from '@/features/contacts/components/column-chooser';
import { attributeColumns, contactColumns } from '@/features/contacts/components/contact-columns';
import { SavedViews } from '@/features/contacts/components/saved-views';
import { useColumnChoice } from '@/features/contacts/hooks/use-column-choice';
import { ContactsSelectionBar, DeleteNotice } from '@/features/contacts/components/selection-bar';
import {
  ContactsFilters,
  ContactsSortSelect,
  FilterChips,
} from '@/features/contacts/components/contacts-filters';
import {
  CONTACT_SORTS,
  contactsQuery,
  DEFAULT_CONTACT_SORT,
  isFiltered,
  MAX_QUERY_LENGTH,
  type ContactSort,
  type ContactsSearch,
} from '@/features/contacts/utils/contacts-search';
import { NO_SELECTION } from '@/features/contacts/utils/selection';

type ContactsBrowserProps = {
  search: ContactsSearch;
  onSearchChange: (search: ContactsSearch) => void;
  /** Only this company's contacts; the Company column is then left out. */
  companyId?: number;
  /** Selected rows may be deleted (owners, admins, members). */
  canDelete?: boolean;
  /** "All matching" may be deleted by the bulk delete job (owners and admins). */
  canBulkDelete?: boolean;
  /** Offer the user's saved views (the contacts page). */
  savedViews?: boolean;
};

const NOUNS = ['contact', 'contacts'] as const;

/**
 * Contacts in one scrolling table of any length: search, filters and order (kept by the
 * caller, usually in the URL), the total, and an export of exactly what is listed.
 */
export function ContactsBrowser({
  search,
  onSearchChange,
  companyId,
  canDelete = false,
  canBulkDelete = false,
  savedViews = false,
}: ContactsBrowserProps) {
  const [columnChoice, setColumnChoice] = useColumnChoice();
  const attributes = columnChoice.attributes;
  const query = useMemo(() => contactsQuery(search, companyId), [search, companyId]);
  const queryKey = JSON.stringify(query);
  // The list also sends the attribute columns' values; exports and deletes take the filters only.
  const listQuery = useMemo(
    () => (attributes.length ? { ...query, attribute: [...attributes].sort() } : query),
    [query, attributes],
  );
  const contacts = useContacts(listQuery);
  const exporter = useExportContacts();
  const selectedExporter = useExportSelectedContacts();
  const rows = useMemo(() => contacts.data?.pages.flatMap((page) => page.items) ?? [], [contacts.data]);
  const { selection, select } = useRowSelection(queryKey);
  const [deleting, setDeleting] = useState(false);
  const [outcome, setOutcome] = useState<DeleteOutcome>();
  const loadedIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const hiddenColumns = columnChoice.hidden;
  const columns = useMemo(
    () => [
      selectionColumn<ContactView>({
        selection,
        loaded: loadedIds,
        select,
        idOf: (contact) => contact.id,
        rowLabel: (contact) => `Select ${contact.name ?? `contact #${contact.id}`}`,
        allLabel: 'Select all loaded contacts',
      }),
      ...contactColumns({ showCompany: companyId === undefined }).filter((column) => !hiddenColumns.has(column.id)),
      ...attributeColumns(attributes),
    ],
    [companyId, selection, loadedIds, select, hiddenColumns, attributes],
  );
  const total = contacts.data?.pages[0]?.total;
  const stale = contacts.isPlaceholderData;
  const { fetchNextPage } = contacts;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const change = useCallback((next: ContactsSearch) => onSearchChange(withoutEmpty(next)), [onSearchChange]);
  const onQueryChange = useCallback((q: string) => change({ ...search, q: q || undefined }), [change, search]);
  const sorting = useMemo(() => tableSorting(search, change), [search, change]);
  const navigate = useNavigate();
  const openContact = useCallback(
    (contact: ContactView) =>
      void navigate({ to: '/contacts/$contactId', params: { contactId: String(contact.id) } }),
    [navigate],
  );

  return (
    <div>
      {savedViews && (
        <div className="mb-4 border-b border-slate-200 pb-4">
          <SavedViews search={search} onSearchChange={change} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <SearchField
          label="Search contacts"
          placeholder="Search name, e-mail or company"
          value={search.q ?? ''}
          onChange={onQueryChange}
          maxLength={MAX_QUERY_LENGTH}
          className="w-full sm:w-80"
        />
        <div aria-live="polite" className="text-sm font-medium text-slate-900 tabular-nums">
          {total == null || stale ? (
            <>
              <span className="sr-only">Counting contacts…</span>
              <Skeleton className="inline-block h-4 w-28 align-middle" />
            </>
          ) : (
            formatTotal(total, NOUNS)
          )}
        </div>
        <div className="flex items-center gap-2 sm:ml-auto">
          <ContactsSortSelect search={search} onChange={change} />
          <ColumnChooser
            hidden={hiddenColumns}
            onChange={(hidden) => setColumnChoice({ hidden, attributes })}
            attributes={attributes}
            onAttributesChange={(shown) => setColumnChoice({ hidden: hiddenColumns, attributes: shown })}
            absent={companyId === undefined ? [] : ['company']}
          />
          <Button
            onClick={() => exporter.mutate(query)}
            disabled={exporter.isPending || rows.length === 0}
            title="Download every contact listed here as a CSV file"
            className="py-2"
          >
            <DownloadIcon className="size-4" />
            {exporter.isPending ? 'Exporting…' : 'Export CSV'}
          </Button>
        </div>
      </div>

      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <ContactsFilters search={search} onChange={change} />
        <FilterChips search={search} onChange={change} />
      </div>
      <ContactsSelectionBar
        selection={selection}
        total={total}
        canDelete={selection.kind === 'all' ? canBulkDelete : canDelete}
        exporting={exporter.isPending || selectedExporter.isPending}
        onSelectAll={() => select(() => ({ kind: 'all' }))}
        onClear={() => select(() => NO_SELECTION)}
        onExport={() =>
          selection.kind === 'ids'
            ? selectedExporter.mutate({ ids: [...selection.ids], sort: query.sort })
            : exporter.mutate(query)
        }
        onDelete={() => setDeleting(true)}
      />
      {outcome && <DeleteNotice key={JSON.stringify(outcome)} outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
      {deleting && (
        <BulkDeleteDialog
          selection={selection}
          query={query}
          total={total}
          onClose={() => setDeleting(false)}
          onDone={(done) => {
            setDeleting(false);
            select(() => NO_SELECTION);
            setOutcome(done);
          }}
        />
      )}
      {selectedExporter.isError && (
        <ProblemAlert
          error={selectedExporter.error}
          action="Could not export the selected contacts"
          onDismiss={() => selectedExporter.reset()}
          className="mt-4"
        />
      )}
      {exporter.isError && (
        <ProblemAlert
          error={exporter.error}
          action="Could not export the contacts"
          onDismiss={() => exporter.reset()}
          className="mt-4"
        />
      )}

      <div className="-mx-5 mt-4 -mb-5 overflow-hidden rounded-b-xl border-t border-slate-200">
        {contacts.isPending ? (
          <VirtualTableSkeleton
            label="Contacts"
            loadingText="Loading contacts…"
            columns={columns}
            minWidthClassName={minWidthFor(columns.length)}
          />
        ) : contacts.data === undefined ? (
          <div className="p-5">
            <ErrorFallback error={contacts.error} onRetry={() => void contacts.refetch()} />
          </div>
        ) : rows.length === 0 ? (
          <ContactsEmpty
            filtered={isFiltered(search)}
            forCompany={companyId !== undefined}
            onReset={() => change({ sort: search.sort })}
          />
        ) : (
          <VirtualTable<ContactView>
            label="Contacts"
            columns={columns}
            rows={rows}
            rowKey={(contact) => contact.id}
            rowCount={contacts.hasNextPage ? (total?.exact ? total.value : undefined) : rows.length}
            hasMore={contacts.hasNextPage && !stale}
            loadingMore={contacts.isFetchingNextPage}
            onLoadMore={loadMore}
            sorting={sorting}
            busy={stale}
            resetKey={JSON.stringify(query)}
            minWidthClassName={minWidthFor(columns.length)}
            onRowClick={openContact}
          />
        )}
      </div>
      {contacts.isFetchNextPageError && (
        <ProblemAlert error={contacts.error} action="Could not load more contacts" className="mt-8" />
      )}
    </div>
  );
}

/** Sortable columns and the order each starts in: names A to Z, newest first. */
const FIRST_CLICK: Readonly<Record<string, ContactSort>> = {
  name: 'name',
  company: 'company',
  created: '-created',
};

function tableSorting(search: ContactsSearch, change: (next: ContactsSearch) => void): TableSorting {
  const sort = search.sort ?? DEFAULT_CONTACT_SORT;
  const descending = sort.startsWith('-');
  const direction: SortDirection = descending ? 'descending' : 'ascending';
  return {
    columnId: sort.replace(/^-/, ''),
    direction,
    onSort: (columnId) => {
      const first = FIRST_CLICK[columnId];
      if (!first) {
        return;
      }
      const current = sort.replace(/^-/, '');
      // The same column again flips the order; another column starts in its natural one.
      const wanted = current === columnId ? (descending ? columnId : `-${columnId}`) : first;
      const next = CONTACT_SORTS.find((candidate) => candidate === wanted) ?? first;
      change({ ...search, sort: next === DEFAULT_CONTACT_SORT ? undefined : next });
    },
  };
}

function ContactsEmpty({
  filtered,
  forCompany,
  onReset,
}: {
  filtered: boolean;
  forCompany: boolean;
  onReset: () => void;
}) {
  if (filtered) {
    return (
      <EmptyState icon={<SearchIcon className="size-6" />} title="No contacts match">
        <p>Nothing matches this search and these filters.</p>
        <Button className="mt-4" onClick={onReset}>
          Clear search and filters
        </Button>
      </EmptyState>
    );
  }
  if (forCompany) {
    return (
      <EmptyState icon={<ContactsIcon className="size-6" />} title="No contacts at this company">
        Contacts imported with this company’s name or domain appear here.
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<ContactsIcon className="size-6" />} title="No contacts yet">
      <p>Import a CSV file of people, and they appear here to search, filter and export.</p>
      <Link
        to="/imports"
        className="mt-4 inline-flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-xs hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Import contacts
      </Link>
    </EmptyState>
  );
}

/** The search without empty lists and unset values, so the URL holds only what is in effect. */
function withoutEmpty(search: ContactsSearch): ContactsSearch {
  return Object.fromEntries(
    Object.entries(search).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  ) as ContactsSearch;
}

/**
 * About 8 rem a column: with every column shown the table scrolls sideways on a laptop
 * screen rather than cutting names, headers and statuses short; fewer columns fit as before.
 */
function minWidthFor(columns: number): string {
  return columns >= 10 ? 'min-w-[88rem]' : columns >= 8 ? 'min-w-6xl' : 'min-w-4xl';
}
