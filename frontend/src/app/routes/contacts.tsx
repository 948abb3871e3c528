import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { ContactsBrowser } from '@/features/contacts/components/contacts-browser';
import type { ContactsSearch } from '@/features/contacts/utils/contacts-search';
import { useCurrentUser } from '@/lib/auth';
import { canImport, canManageTenant } from '@/lib/authorization';

const route = getRouteApi('/app/contacts');

/** Every contact of the tenant; search, filters and order live in the URL, so links keep them. */
export function ContactsPage() {
  const search = route.useSearch();
  const me = useCurrentUser();
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
        actions={
          // The enrichment page takes over the filters it understands: countries and e-mail status.
          <Link
            to={paths.enrichment.path}
            search={{ country: search.country, emailStatus: search.emailStatus }}
            className="inline-flex items-center rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
          >
            Enrich these contacts
          </Link>
        }
      />
      <Panel className="mt-6">
        <ContactsBrowser
          search={search}
          onSearchChange={onSearchChange}
          canDelete={canImport(me)}
          canBulkDelete={canManageTenant(me)}
          savedViews
        />
      </Panel>
    </>
  );
}
