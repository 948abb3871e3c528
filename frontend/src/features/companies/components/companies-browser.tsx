import { Link } from '@tanstack/react-router';
import { useCallback, useId, useMemo } from 'react';

import { ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { controlClassName } from '@/components/ui/form';
import { CompaniesIcon, SearchIcon } from '@/components/ui/icons';
import { SearchField } from '@/components/ui/search-field';
import { Skeleton } from '@/components/ui/skeleton';
import {
  VirtualTable,
  VirtualTableSkeleton,
  type TableSorting,
} from '@/components/ui/virtual-table';
import { formatTotal } from '@/lib/format';

import { useCompanies, type CompanyView } from '@/features/companies/api/get-companies';
import { companyColumns } from '@/features/companies/components/company-columns';
import {
  COMPANY_SORT_LABELS,
  COMPANY_SORTS,
  DEFAULT_COMPANY_SORT,
  MAX_QUERY_LENGTH,
  type CompaniesSearch,
  type CompanySort,
} from '@/features/companies/utils/companies-search';

type CompaniesBrowserProps = {
  search: CompaniesSearch;
  onSearchChange: (search: CompaniesSearch) => void;
};

const NOUNS = ['company', 'companies'] as const;

/** The viewport below the page header and the one-line toolbar. */
const TABLE_HEIGHT = 'h-[calc(100dvh-15.5rem)] min-h-96';

/** Sortable columns and the order each starts in: names A to Z, newest first. */
const FIRST_CLICK: Readonly<Record<string, CompanySort>> = { name: 'name', created: '-created' };

/** The tenant's companies in one scrolling table of any length, searched and sorted. */
export function CompaniesBrowser({ search, onSearchChange }: CompaniesBrowserProps) {
  const query = useMemo(() => ({ q: search.q, sort: search.sort }), [search.q, search.sort]);
  const companies = useCompanies(query);
  const rows = useMemo(() => companies.data?.pages.flatMap((page) => page.items) ?? [], [companies.data]);
  const total = companies.data?.pages[0]?.total;
  const stale = companies.isPlaceholderData;
  const { fetchNextPage } = companies;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const change = useCallback(
    (next: CompaniesSearch) =>
      onSearchChange({
        q: next.q || undefined,
        sort: next.sort === DEFAULT_COMPANY_SORT ? undefined : next.sort,
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
        <div className="ml-auto">
          <SortSelect value={search.sort ?? DEFAULT_COMPANY_SORT} onChange={(sort) => change({ ...search, sort })} />
        </div>
      </div>

      <div className="-mx-5 mt-4 -mb-5 overflow-hidden rounded-b-xl border-t border-slate-200">
        {companies.isPending ? (
          <VirtualTableSkeleton
            label="Companies"
            loadingText="Loading companies…"
            columns={companyColumns}
            heightClassName={TABLE_HEIGHT}
          />
        ) : companies.data === undefined ? (
          <div className="p-5">
            <ErrorFallback error={companies.error} onRetry={() => void companies.refetch()} />
          </div>
        ) : rows.length === 0 ? (
          search.q ? (
            <EmptyState icon={<SearchIcon className="size-6" />} title="No companies match">
              <p>No company name or domain contains “{search.q}”.</p>
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
            columns={companyColumns}
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
