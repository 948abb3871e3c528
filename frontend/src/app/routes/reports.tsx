import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { BrandingForm } from '@/features/reports/components/branding-form';
import { NewReportForm } from '@/features/reports/components/new-report-form';
import { ReportsList } from '@/features/reports/components/reports-list';
import { useCurrentUser } from '@/lib/auth';
import { canImport, canManageTenant } from '@/lib/authorization';
import { textParam } from '@/lib/search-params';

/** A companies selection handed over in the URL, e.g. /reports?q=acme&country=DE or /reports?ids=7,8. */
export type ReportsSearch = { q?: string; country?: string[]; hasDomain?: boolean; ids?: string };

export function parseReportsSearch(search: Record<string, unknown>): ReportsSearch {
  const country = (Array.isArray(search.country) ? search.country : [search.country]).filter(
    (item): item is string => typeof item === 'string' && item !== '',
  );
  return {
    q: textParam(search.q) || undefined,
    country: country.length ? country : undefined,
    hasDomain: typeof search.hasDomain === 'boolean' ? search.hasDomain : undefined,
    ids: typeof search.ids === 'string' || typeof search.ids === 'number' ? String(search.ids) : undefined,
  };
}

const route = getRouteApi('/app/reports');

export function ReportsPage() {
  const search = route.useSearch();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={paths.reports.label}
        description="Company dossiers as PDFs: pick companies, follow the report, download one or all."
      />
      <Panel title="New report" className="mt-8">
        <NewReportForm
          initial={{ q: search.q, countries: search.country?.join(', '), hasDomain: search.hasDomain, ids: search.ids }}
          canStart={canImport(me)}
        />
      </Panel>
      <Panel title="Reports" className="mt-8">
        <ReportsList />
      </Panel>
      <Panel title="Branding" className="mt-8">
        <BrandingForm canEdit={canManageTenant(me)} />
      </Panel>
    </>
  );
}
