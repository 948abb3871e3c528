import { getRouteApi } from '@tanstack/react-router';

import { parsePathId } from '@/app/path-id';
import { BackLink } from '@/app/routes/back-link';
import { NotFoundPage } from '@/app/routes/not-found';
import { paths } from '@/config/paths';
import { EnrichmentRunDetail } from '@/features/enrichment/components/enrichment-run-detail';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';

const route = getRouteApi('/app/enrichment/runs/$runId');

export function EnrichmentRunPage() {
  const { runId } = route.useParams();
  const me = useCurrentUser();
  const id = parsePathId(runId);
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink to={paths.enrichment.path} label="All enrichment runs" />
      <EnrichmentRunDetail key={id} runId={id} canAct={canImport(me)} />
    </>
  );
}
