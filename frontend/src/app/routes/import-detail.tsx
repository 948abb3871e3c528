import { getRouteApi } from '@tanstack/react-router';

import { parsePathId } from '@/app/path-id';
import { BackLink } from '@/app/routes/back-link';
import { NotFoundPage } from '@/app/routes/not-found';
import { paths } from '@/config/paths';
import { ImportDetail } from '@/features/imports/components/import-detail';
import { useCurrentUser } from '@/lib/auth';
import { canImport } from '@/lib/authorization';

const route = getRouteApi('/app/imports/$importId');

/** One import of the user's tenant: everyone may look, all but viewers may set it up and start it. */
export function ImportDetailPage() {
  const { importId } = route.useParams();
  const me = useCurrentUser();
  const id = parsePathId(importId);
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink to={paths.imports.path} label={`All ${paths.imports.label.toLowerCase()}`} />
      <ImportDetail key={id} importId={id} canImport={canImport(me)} />
    </>
  );
}
