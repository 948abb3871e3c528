import type { CompanySelectionContext } from '@/features/companies/components/companies-browser';
import { DeleteCompaniesAction } from '@/features/companies/components/delete-companies-action';
import { ExportCompaniesAction } from '@/features/companies/components/export-companies-action';
import { CompanyDossiersAction } from '@/features/reports/components/company-dossiers-action';
import { useCurrentUser } from '@/lib/auth';
import { canImport, canManageTenant } from '@/lib/authorization';

/**
 * What can be done with companies picked on the Companies page, for this user: export for
 * everyone, dossiers (a report) and delete for those who may change data, as on the Contacts
 * page; deleting all matching a filter (a background job) is for owners and admins.
 */
export function useCompanySelectionActions() {
  const me = useCurrentUser();
  if (!canImport(me)) {
    return viewerSelectionActions;
  }
  return canManageTenant(me) ? managerSelectionActions : memberSelectionActions;
}

function viewerSelectionActions(context: CompanySelectionContext) {
  return <ExportCompaniesAction selection={context.selection} query={context.query} />;
}

function memberSelectionActions(context: CompanySelectionContext) {
  return <WriterSelectionActions context={context} canDeleteAll={false} />;
}

function managerSelectionActions(context: CompanySelectionContext) {
  return <WriterSelectionActions context={context} canDeleteAll />;
}

function WriterSelectionActions({ context, canDeleteAll }: { context: CompanySelectionContext; canDeleteAll: boolean }) {
  return (
    <>
      <CompanyDossiersAction selection={context.selection} query={context.query} total={context.total} />
      <ExportCompaniesAction selection={context.selection} query={context.query} />
      <DeleteCompaniesAction
        selection={context.selection}
        query={context.query}
        total={context.total}
        canDeleteAll={canDeleteAll}
        clear={context.clear}
      />
    </>
  );
}
