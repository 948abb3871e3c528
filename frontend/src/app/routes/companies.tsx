import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback } from 'react';

import { DocumentIcon, SparklesIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { CompaniesBrowser } from '@/features/companies/components/companies-browser';
import { hasCompanyFilters, type CompaniesSearch } from '@/features/companies/utils/companies-search';

import { useCompanySelectionActions } from '@/app/routes/company-selection-actions';

const route = getRouteApi('/app/companies');

/** Every company of the tenant; search and order live in the URL. */
export function CompaniesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearchChange = useCallback(
    (next: CompaniesSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  const narrowed = Boolean(search.q) || hasCompanyFilters(search);
  return (
    <>
      <PageHeader
        title={paths.companies.label}
        description="Organisations your contacts work for."
        actions={
          <div className="flex flex-wrap gap-2">
            {/* The enrichment page takes over the search; it starts on the first company stage. */}
            <Link
              to={paths.enrichment.path}
              search={{ entity: 'company', q: search.q, country: search.country, hasDomain: search.hasDomain }}
              className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              <SparklesIcon className="size-4" />
              {narrowed ? 'Enrich these companies' : 'Enrich companies'}
            </Link>
            <Link
              to="/reports"
              search={{ q: search.q, country: search.country, hasDomain: search.hasDomain }}
              className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              <DocumentIcon className="size-4" />
              {narrowed ? 'Dossiers of these companies' : 'Dossiers'}
            </Link>
          </div>
        }
      />
      <Panel className="mt-6">
        <CompaniesBrowser
          search={search}
          onSearchChange={onSearchChange}
          selectionActions={useCompanySelectionActions()}
        />
      </Panel>
    </>
  );
}
