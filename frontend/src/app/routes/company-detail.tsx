import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';

import { parsePathId } from '@/app/path-id';
import { BackLink } from '@/app/routes/back-link';
import { NotFoundPage } from '@/app/routes/not-found';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { CompanyDetail } from '@/features/companies/components/company-detail';
import { ContactsBrowser } from '@/features/contacts/components/contacts-browser';
import { DossierButton } from '@/features/reports/components/dossier-button';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';
import type { ContactsSearch } from '@/features/contacts/utils/contacts-search';
import { CompanyInsights } from '@/features/enrichment/components/company-insights';
import { EnrichedFields } from '@/features/enrichment/components/enriched-fields';

const route = getRouteApi('/app/companies/$companyId');

/** A company of the user's tenant with its contacts, searched and filtered as on /contacts. */
export function CompanyDetailPage() {
  const { companyId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useCurrentUser();
  const onSearchChange = useCallback(
    (next: ContactsSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  const id = parsePathId(companyId);
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink to={paths.companies.path} label={`All ${paths.companies.label.toLowerCase()}`} />
      <CompanyDetail
        key={id}
        companyId={id}
        actions={<DossierButton companyId={id} canStart={canImport(me)} />}
        contacts={
          <>
            <CompanyInsights companyId={id} className="mb-6" />
            <Panel title="Enrichment" description="Values found by enrichment runs, with their source and date." className="mb-6">
              <EnrichedFields entity="company" id={id} />
            </Panel>
            <Panel title="Contacts" description="Everyone at this company, searched and filtered like the contacts list.">
              <ContactsBrowser companyId={id} search={search} onSearchChange={onSearchChange} />
            </Panel>
          </>
        }
      />
    </>
  );
}
