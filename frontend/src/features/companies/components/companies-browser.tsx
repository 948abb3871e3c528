import { Link } from '@tanstack/react-router';
import { useCallback, useId, useMemo, type ReactNode } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { controlClassName } from '@/components/ui/form';
import { CompaniesIcon, SearchIcon } from '@/components/ui/icons';
import { SearchField } from '@/components/ui/search-field';
import { SelectionBar } from '@/components/ui/selection-bar';
import { selectionColumn } from '@/components/ui/selection-column';
import { Skeleton } from '@/components/ui/skeleton';
import {
  VirtualTable,
  VirtualTableSkeleton,
  type TableSorting,
} from '@/components/ui/virtual-table';
import { useRowSelection } from '@/hooks/use-row-selection';
import { formatTotal } from '@/lib/format';
import { NO_SELECTION, type RowSelection } from '@/lib/selection';

import { useCompanies, type CompaniesQuery, type CompanyView } from '@/features/companies/api/get-companies';
import { CompaniesFilters, CompanyFilterChips } from '@/features/companies/components/companies-filters';
import { companyColumns } from '@/features/companies/components/company-columns';
import {
  COMPANY_SORT_LABELS,
  COMPANY_SORTS,
  DEFAULT_COMPANY_SORT,
  hasCompanyFilters,
  MAX_QUERY_LENGTH,
  type CompaniesSearch,
  type CompanySort,
} from '@/features/companies/utils/companies-search';

/** What the actions for a selection of companies get to work with. */
export type CompanySelectionContext = {
  selection: RowSelection;
  /** The list's search and order: what "all matching" means. */
  query: CompaniesQuery;
  total: { value: number; exact: boolean } | null | undefined;
  clear: () => void;
};

type CompaniesBrowserProps = {
  search: CompaniesSearch;
  onSearchChange: (search: CompaniesSearch) => void;
  /**
   * Buttons for the selected companies (the page composes them from other features); without
   * them the table offers no selection.
   */
  selectionActions?: (context: CompanySelectionContext) => ReactNode;
};

const NOUNS = ['company', 'companies'] as const;

/** The viewport below the page header and the one-line toolbar. */
const TABLE_HEIGHT = 'h-[calc(100dvh-15.5rem)] min-h-96';

/** Sortable columns and the order each starts in: names A to Z, newest first. */
const FIRST_CLICK: Readonly<Record<string, CompanySort>> = { name: 'name', created: '-created' };

/** The tenant's companies in one scrolling table of any length, searched and sorted. */
export function CompaniesBrowser({ search, onSearchChange, selectionActions }: CompaniesBrowserProps) {
  const query = useMemo(
    () => ({ q: search.q, sort: search.sort, country: search.country, hasDomain: search.hasDomain }),
    [search.q, search.sort, search.country, search.hasDomain],
  );
  const companies = useCompanies(query);
  const rows = useMemo(() => companies.data?.pages.flatMap((page) => page.items) ?? [], [companies.data]);
  const total = companies.data?.pages[0]?.total;
  const { selection, select } = useRowSelection(JSON.stringify(query));
  const loadedIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const selectable = selectionActions !== undefined;
  const columns = useMemo(
    () =>
      selectable
        ? [
            selectionColumn<CompanyView>({
              selection,
              loaded: loadedIds,
              select,
              idOf: (company) => company.id,
              rowLabel: (company) => `Select ${company.name}`,
              allLabel: 'Select all loaded companies',
            }),
            ...companyColumns,
          ]
        : companyColumns,
    [selectable, selection, loadedIds, select],
  );
  const stale = companies.isPlaceholderData;
  const { fetchNextPage } = companies;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const change = useCallback(
    (next: CompaniesSearch) =>
      onSearchChange({
        q: next.q || undefined,
        sort: next.sort === DEFAULT_COMPANY_SORT ? undefined : next.sort,
        country: next.country?.length ? next.country : undefined,
        hasDomain: next.hasDomain,
      }),
    [onSearchChange],
  );
  const onQueryChange = useCallback((q: string) => change({ ...search, q }), [change, search]);
  const sorting = useMemo((): TableSorting => {
    const sort = search.sort ?? DEFAULT_COMPANY_SORT;
    const descending = sort.startsWith('-');
    return {
      columnId: sort.replace(/^-/, ''),
      direction: descending ? 'descending' : 'ascending',
      onSort: (columnId) => {
        const first = FIRST_CLICK[columnId];
        if (!first) {
          return;
        }
        // The same column again flips the order; another column starts in its natural one.
        const wanted = sort.replace(/^-/, '') === columnId ? (descending ? columnId : `-${columnId}`) : first;
        change({ ...search, sort: COMPANY_SORTS.find((candidate) => candidate === wanted) ?? first });
      },
    };
  }, [search, change]);

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <SearchField
          label="Search companies"
          placeholder="Search name or domain"
          value={search.q ?? ''}
          onChange={onQueryChange}
          maxLength={MAX_QUERY_LENGTH}
          className="w-full sm:w-72"
        />
        <div aria-live="polite" className="ml-2 text-sm font-medium text-slate-900 tabular-nums">
          {total == null || stale ? (
            <>
              <span className="sr-only">Counting companies…</span>
              <Skeleton className="inline-block h-4 w-28 align-middle" />
            </>
          ) : (
            formatTotal(total, NOUNS)
          )}
        </div>
        <CompaniesFilters search={search} onChange={change} />
        <div className="ml-auto">
          <SortSelect value={search.sort ?? DEFAULT_COMPANY_SORT} onChange={(sort) => change({ ...search, sort })} />
        </div>
      </div>
      {hasCompanyFilters(search) && (
        <div className="mt-3">
          <CompanyFilterChips search={search} onChange={change} />
        </div>
      )}

      {selectionActions && (
        <SelectionBar
          selection={selection}
          total={total}
          nouns={NOUNS}
          onSelectAll={() => select(() => ({ kind: 'all' }))}
          onClear={() => select(() => NO_SELECTION)}
        >
          {selection.kind !== 'none' &&
            selectionActions({ selection, query, total, clear: () => select(() => NO_SELECTION) })}
        </SelectionBar>
      )}

      <div className="-mx-5 mt-4 -mb-5 overflow-hidden rounded-b-xl border-t border-slate-200">
        {companies.isPending ? (
          <VirtualTableSkeleton
            label="Companies"
            loadingText="Loading companies…"
            columns={columns}
            heightClassName={TABLE_HEIGHT}
          />
        ) : companies.data === undefined ? (
          <div className="p-5">
            <ErrorFallback error={companies.error} onRetry={() => void companies.refetch()} />
          </div>
        ) : rows.length === 0 ? (
          search.q || hasCompanyFilters(search) ? (
            <EmptyState icon={<SearchIcon className="size-6" />} title="No companies match">
              <p>
                {search.q
                  ? `No company name or domain contains “${search.q}”${hasCompanyFilters(search) ? ' with these filters' : ''}.`
                  : 'No company matches these filters.'}
              </p>
              <Button className="mt-4" onClick={() => change({ sort: search.sort })}>
                Show all companies
              </Button>
            </EmptyState>
          ) : (
            <EmptyState icon={<CompaniesIcon className="size-6" />} title="No companies yet">
              <p>Companies are created from the company names and domains of imported contacts.</p>
              <Link
                to="/imports"
                className="mt-4 inline-flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-xs hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
              >
                Import contacts
              </Link>
            </EmptyState>
          )
        ) : (
          <VirtualTable<CompanyView>
            label="Companies"
            columns={columns}
            rows={rows}
            rowKey={(company) => company.id}
            rowCount={companies.hasNextPage ? (total?.exact ? total.value : undefined) : rows.length}
            hasMore={companies.hasNextPage && !stale}
            loadingMore={companies.isFetchingNextPage}
            onLoadMore={loadMore}
            sorting={sorting}
            busy={stale}
            resetKey={JSON.stringify(query)}
            heightClassName={TABLE_HEIGHT}
          />
        )}
      </div>
      {companies.isFetchNextPageError && (
        <ProblemAlert error={companies.error} action="Could not load more companies" className="mt-8" />
      )}
    </div>
  );
}

function SortSelect({ value, onChange }: { value: CompanySort; onChange: (sort: CompanySort) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Sort by
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const sort = COMPANY_SORTS.find((candidate) => candidate === event.target.value);
          if (sort) {
            onChange(sort);
          }
        }}
        className={`${controlClassName} py-2 pr-8 text-slate-700`}
      >
        {COMPANY_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {COMPANY_SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </>
  );
}
