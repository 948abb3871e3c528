import { getRouteApi } from '@tanstack/react-router';

import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';
import { EnrichmentForm } from '@/features/enrichment/components/enrichment-form';
import { EnrichmentRuns } from '@/features/enrichment/components/enrichment-runs';
import { EnrichmentSettingsForm } from '@/features/enrichment/components/enrichment-settings-form';
import { useCurrentUser } from '@/lib/auth';
import { canImport, canManageTenant } from '@/lib/authorization';

/** A contacts filter handed over in the URL, e.g. /enrichment?country=DE&emailStatus=UNKNOWN. */
export type EnrichmentSearch = { country?: string[]; emailStatus?: string[] };

function listOf(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item !== '',
  );
  return list.length ? list : undefined;
}

export function parseEnrichmentSearch(search: Record<string, unknown>): EnrichmentSearch {
  return { country: listOf(search.country), emailStatus: listOf(search.emailStatus) };
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
          initial={{ countries: search.country?.join(', '), emailStatus: search.emailStatus }}
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
