import { Link, useLocation } from '@tanstack/react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { AlertIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" />
      <Panel className="mt-8">
        <EmptyState icon={<AlertIcon className="size-6" />} title="There is no page here">
          <p>
            Nothing in Leadline lives at <code className="font-mono text-slate-700">{pathname}</code>.
          </p>
          <p className="mt-4">
            <Link
              to={paths.overview.path}
              className="font-medium text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              Back to {paths.overview.label}
            </Link>
          </p>
        </EmptyState>
      </Panel>
    </>
  );
}
