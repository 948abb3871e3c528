import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { ContactsBrowser } from '@/features/contacts/components/contacts-browser';
import type { ContactsSearch } from '@/features/contacts/utils/contacts-search';

const route = getRouteApi('/app/contacts');

/** Every contact of the tenant; search, filters and order live in the URL, so links keep them. */
export function ContactsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearchChange = useCallback(
    (next: ContactsSearch) => void navigate({ search: next, replace: true }),
    [navigate],
  );
  return (
    <>
      <PageHeader
        title={paths.contacts.label}
        description="People found and enriched across your imports."
      />
      <Panel className="mt-6">
        <ContactsBrowser search={search} onSearchChange={onSearchChange} />
      </Panel>
    </>
  );
}
