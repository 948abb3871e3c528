import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type ErrorComponentProps,
  type RouterHistory,
} from '@tanstack/react-router';

import { AdminPage } from '@/app/routes/admin';
import { CompaniesPage } from '@/app/routes/companies';
import { ContactsPage } from '@/app/routes/contacts';
import { ImportsPage } from '@/app/routes/imports';
import { JobsPage } from '@/app/routes/jobs';
import { NotFoundPage } from '@/app/routes/not-found';
import { OverviewPage } from '@/app/routes/overview';
import { RootLayout } from '@/app/routes/root';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { paths } from '@/config/paths';
import { getStatusQueryOptions } from '@/features/system-status/api/get-status';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.overview.path,
  // Start the request early without holding the page back; the card shows its own progress.
  loader: ({ context }) => void context.queryClient.prefetchQuery(getStatusQueryOptions()),
  component: OverviewPage,
});

const contactsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.contacts.path,
  component: ContactsPage,
});

const companiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.companies.path,
  component: CompaniesPage,
});

const importsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.imports.path,
  component: ImportsPage,
});

const jobsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.jobs.path,
  component: JobsPage,
});

const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.admin.path,
  component: AdminPage,
});

const routeTree = rootRoute.addChildren([
  overviewRoute,
  contactsRoute,
  companiesRoute,
  importsRoute,
  jobsRoute,
  adminRoute,
]);

function RouteError({ error, reset }: ErrorComponentProps) {
  return <ErrorFallback error={error} onRetry={reset} />;
}

type CreateAppRouterOptions = {
  queryClient: QueryClient;
  /** Browser history unless given; tests pass a memory history. */
  history?: RouterHistory;
};

export function createAppRouter({ queryClient, history }: CreateAppRouterOptions) {
  return createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    // TanStack Query decides freshness; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteError,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
