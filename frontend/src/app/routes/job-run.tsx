import { getRouteApi } from '@tanstack/react-router';

import { parsePathId } from '@/app/path-id';
import { BackLink } from '@/app/routes/back-link';
import { NotFoundPage } from '@/app/routes/not-found';
import { paths } from '@/config/paths';
import { JobRunDetail } from '@/features/jobs/components/job-run-detail';
import { useCurrentUser } from '@/lib/auth';
import { canManageTenant } from '@/lib/authorization';

const route = getRouteApi('/app/jobs/$runId');

/** A run of the user's tenant: everyone may look, owners and admins may act. */
export function JobRunPage() {
  const { runId } = route.useParams();
  const me = useCurrentUser();
  const id = parsePathId(runId);
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink to={paths.jobs.path} label={`All ${paths.jobs.label.toLowerCase()}`} />
      <JobRunDetail key={id} scope="tenant" runId={id} canAct={canManageTenant(me)} />
    </>
  );
}
