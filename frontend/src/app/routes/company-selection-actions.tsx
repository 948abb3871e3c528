import type { CompanySelectionContext } from '@/features/companies/components/companies-browser';
import { CompanyDossiersAction } from '@/features/reports/components/company-dossiers-action';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';

/**
 * What can be done with companies picked on the Companies page, for this user: dossiers (a
 * report) for those who may start reports; nothing (and no selection) for viewers. There is no
 * delete: the API deletes companies one at a time only.
 */
export function useCompanySelectionActions() {
  const me = useCurrentUser();
  return canImport(me) ? companySelectionActions : undefined;
}

function companySelectionActions(context: CompanySelectionContext) {
  return <CompanyDossiersAction selection={context.selection} query={context.query} total={context.total} />;
}
