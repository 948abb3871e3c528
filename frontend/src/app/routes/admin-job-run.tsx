import { getRouteApi } from '@tanstack/react-router';

import { parsePathId } from '@/app/path-id';
import { BackLink } from '@/app/routes/back-link';
import { Forbidden } from '@/app/routes/forbidden';
import { NotFoundPage } from '@/app/routes/not-found';
import { paths } from '@/config/paths';
import { JobRunDetail } from '@/features/jobs/components/job-run-detail';
import { useCurrentUser } from '@/lib/auth';
import { canAdministerPlatform } from '@/lib/authorization';

const route = getRouteApi('/app/admin/jobs/$runId');

/** Any tenant's run, or one of the platform's own, through the admin API. */
export function AdminJobRunPage() {
  const { runId } = route.useParams();
  const me = useCurrentUser();
  const id = parsePathId(runId);
  if (!canAdministerPlatform(me)) {
    return (
      <Forbidden
        title={paths.adminJobRun.label}
        reason="Only platform administrators can see the runs of every tenant and of the platform."
      />
    );
  }
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink to={paths.admin.path} label={`Back to ${paths.admin.label}`} />
      <JobRunDetail key={id} scope="platform" runId={id} canAct />
    </>
  );
}
