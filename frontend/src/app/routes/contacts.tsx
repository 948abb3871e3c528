import { EmptyState } from '@/components/ui/empty-state';
import { ContactsIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';

export function ContactsPage() {
  return (
    <>
      <PageHeader
        title={paths.contacts.label}
        description="People found and enriched across your imports."
      />
      <Panel className="mt-8">
        <EmptyState
          icon={<ContactsIcon className="size-6" />}
          title="Contacts are not available in this build yet"
        >
          Searching, filtering and exporting contacts will appear here once that part of Leadline
          ships.
        </EmptyState>
      </Panel>
    </>
  );
}
