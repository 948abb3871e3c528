import { EmptyState } from '@/components/ui/empty-state';
import { CompaniesIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';

export function CompaniesPage() {
  return (
    <>
      <PageHeader
        title={paths.companies.label}
        description="Organisations your contacts work for."
      />
      <Panel className="mt-8">
        <EmptyState
          icon={<CompaniesIcon className="size-6" />}
          title="Companies are not available in this build yet"
        >
          Company profiles and the contacts linked to them will appear here once that part of
          Leadline ships.
        </EmptyState>
      </Panel>
    </>
  );
}
