import { getRouteApi } from '@tanstack/react-router';

import { parsePathId } from '@/app/path-id';
import { BackLink } from '@/app/routes/back-link';
import { NotFoundPage } from '@/app/routes/not-found';
import { paths } from '@/config/paths';
import { ReportDetail } from '@/features/reports/components/report-detail';

const route = getRouteApi('/app/reports/$reportId');

export function ReportDetailPage() {
  const { reportId } = route.useParams();
  const id = parsePathId(reportId);
  if (id === undefined) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink to={paths.reports.path} label={`All ${paths.reports.label.toLowerCase()}`} />
      <ReportDetail key={id} reportId={id} />
    </>
  );
}
