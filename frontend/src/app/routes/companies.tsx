import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { CompaniesBrowser } from '@/features/companies/components/companies-browser';
import type { CompaniesSearch } from '@/features/companies/utils/companies-search';

const route = getRouteApi('/app/companies');

/** Every company of the tenant; search and order live in the URL. */
export function CompaniesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearchChange = useCallback(
    (next: CompaniesSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  return (
    <>
      <PageHeader
        title={paths.companies.label}
        description="Organisations your contacts work for."
      />
      <Panel className="mt-6">
        <CompaniesBrowser search={search} onSearchChange={onSearchChange} />
      </Panel>
    </>
  );
}
