import type { CompanySelectionContext } from '@/features/companies/components/companies-browser';
import { DeleteCompaniesAction } from '@/features/companies/components/delete-companies-action';
import { ExportCompaniesAction } from '@/features/companies/components/export-companies-action';
import { CompanyDossiersAction } from '@/features/reports/components/company-dossiers-action';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';

/**
 * What can be done with companies picked on the Companies page, for this user: export for
 * everyone, dossiers (a report) and delete for those who may change data, as on the Contacts
 * page. Delete takes picked rows only: there is no job that deletes every company matching a
 * filter.
 */
export function useCompanySelectionActions() {
  const me = useCurrentUser();
  return canImport(me) ? companySelectionActions : viewerSelectionActions;
}

function viewerSelectionActions(context: CompanySelectionContext) {
  return <ExportCompaniesAction selection={context.selection} query={context.query} />;
}

function companySelectionActions(context: CompanySelectionContext) {
  return (
    <>
      <CompanyDossiersAction selection={context.selection} query={context.query} total={context.total} />
      <ExportCompaniesAction selection={context.selection} query={context.query} />
      <DeleteCompaniesAction selection={context.selection} clear={context.clear} />
    </>
  );
}
