import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { EnrichmentForm } from '@/features/enrichment/components/enrichment-form';
import { EnrichmentRuns } from '@/features/enrichment/components/enrichment-runs';
import { EnrichmentSettingsForm } from '@/features/enrichment/components/enrichment-settings-form';
import { useCurrentUser } from '@/lib/auth';
import { canImport, canManageTenant } from '@/lib/authorization';

/**
 * A filter handed over in the URL: contacts (/enrichment?country=DE&emailStatus=UNKNOWN) or,
 * with entity=company, companies (/enrichment?entity=company&q=acme&country=DE&hasDomain=true).
 */
export type EnrichmentSearch = {
  entity?: 'company';
  country?: string[];
  emailStatus?: string[];
  q?: string;
  hasDomain?: boolean;
};

function listOf(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item !== '',
  );
  return list.length ? list : undefined;
}

export function parseEnrichmentSearch(search: Record<string, unknown>): EnrichmentSearch {
  const q = typeof search.q === 'string' && search.q.trim() !== '' ? search.q.trim().slice(0, 200) : undefined;
  const hasDomain =
    search.hasDomain === true || search.hasDomain === 'true'
      ? true
      : search.hasDomain === false || search.hasDomain === 'false'
        ? false
        : undefined;
  return {
    entity: search.entity === 'company' ? 'company' : undefined,
    country: listOf(search.country),
    emailStatus: listOf(search.emailStatus),
    q,
    hasDomain,
  };
}

const route = getRouteApi('/app/enrichment');

export function EnrichmentPage() {
  const search = route.useSearch();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title={paths.enrichment.label}
        description="Estimate what a run would enrich and cost, start it, and follow its runs."
      />
      <Panel title="New run" className="mt-8">
        <EnrichmentForm
          initial={{
            entity: search.entity ?? 'contact',
            countries: search.country?.join(', '),
            emailStatus: search.emailStatus,
            q: search.q,
            hasDomain: search.hasDomain === undefined ? undefined : search.hasDomain ? 'true' : 'false',
          }}
          canStart={canImport(me)}
        />
      </Panel>
      <Panel title="Runs" className="mt-8">
        <EnrichmentRuns />
      </Panel>
      <Panel
        title="Settings"
        description="Freshness and nightly re-enrichment for your whole workspace."
        className="mt-8"
      >
        <EnrichmentSettingsForm canEdit={canManageTenant(me)} />
      </Panel>
    </>
  );
}
