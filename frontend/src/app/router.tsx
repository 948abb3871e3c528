import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  redirect,
  type ErrorComponentProps,
  type RouterHistory,
} from '@tanstack/react-router';

import { safeRedirect } from '@/app/redirect';
import { AdminPage } from '@/app/routes/admin';
import { AdminJobRunPage } from '@/app/routes/admin-job-run';
import { AppLayout, loginSearchAfter } from '@/app/routes/app-layout';
import { AuditPage } from '@/app/routes/audit';
import { CompaniesPage } from '@/app/routes/companies';
import { CompanyDetailPage } from '@/app/routes/company-detail';
import { ContactDetailPage } from '@/app/routes/contact-detail';
import { ContactsPage } from '@/app/routes/contacts';
import { CreditsPage } from '@/app/routes/credits';
import { EnrichmentPage, parseEnrichmentSearch } from '@/app/routes/enrichment';
import { EnrichmentRunPage } from '@/app/routes/enrichment-run';
import { ReportDetailPage } from '@/app/routes/report-detail';
import { parseReportsSearch, ReportsPage } from '@/app/routes/reports';
import { ImportDetailPage } from '@/app/routes/import-detail';
import { ImportsPage } from '@/app/routes/imports';
import { JobRunPage } from '@/app/routes/job-run';
import { JobsPage } from '@/app/routes/jobs';
import { LoginPage } from '@/app/routes/login';
import { NotFoundPage } from '@/app/routes/not-found';
import { OverviewPage } from '@/app/routes/overview';
import { RootLayout } from '@/app/routes/root';
import { UsersPage } from '@/app/routes/users';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { paths } from '@/config/paths';
import { parseCompaniesSearch } from '@/features/companies/utils/companies-search';
import { parseContactsSearch } from '@/features/contacts/utils/contacts-search';
import { getOverviewQueryOptions, OVERVIEW_DAYS } from '@/features/overview/api/get-overview';
import { getAuthState, initSession } from '@/lib/auth';
import { parseSearch, stringifySearch } from '@/lib/search-params';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

type LoginSearch = { redirect?: string };

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.login.path,
  // Always answer `redirect`, even as undefined: the router keeps raw keys a validator omits,
  // and an unchecked one could send the user off-site after signing in.
  validateSearch: (search: Record<string, unknown>): LoginSearch => ({
    redirect: safeRedirect(search.redirect),
  }),
  beforeLoad: async ({ search, context }) => {
    await initSession();
    if (getAuthState().status === 'authenticated') {
      throw redirect({ href: search.redirect ?? paths.overview.path, replace: true });
    }
    // Nothing cached for the last user may be shown to the next one.
    context.queryClient.clear();
  },
  component: LoginPage,
});

/** Every page below needs a session; without one the router sends the visitor to /login. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location }) => {
    await initSession();
    const auth = getAuthState();
    if (auth.status !== 'authenticated') {
      const reason = auth.status === 'anonymous' ? auth.reason : 'no-session';
      throw redirect({
        to: paths.login.path,
        search: loginSearchAfter(reason, location.href),
        replace: true,
      });
    }
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.overview.path,
  // Start the request early without holding the page back; the card shows its own progress.
  loader: ({ context }) => {
    void context.queryClient.prefetchQuery(getOverviewQueryOptions(OVERVIEW_DAYS));
  },
  component: OverviewPage,
});

const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.contacts.path,
  validateSearch: parseContactsSearch,
  component: ContactsPage,
});

const contactDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.contactDetail.path,
  component: ContactDetailPage,
});

const companiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.companies.path,
  validateSearch: parseCompaniesSearch,
  component: CompaniesPage,
});

/** A company and its contacts, whose search and filters live in the URL as on /contacts. */
const companyDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.companyDetail.path,
  validateSearch: parseContactsSearch,
  component: CompanyDetailPage,
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.imports.path,
  component: ImportsPage,
});

const importDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.importDetail.path,
  component: ImportDetailPage,
});

const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.jobs.path,
  component: JobsPage,
});

const jobRunRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.jobRun.path,
  component: JobRunPage,
});

const enrichmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.enrichment.path,
  validateSearch: parseEnrichmentSearch,
  component: EnrichmentPage,
});

const enrichmentRunRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.enrichmentRun.path,
  component: EnrichmentRunPage,
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.reports.path,
  validateSearch: parseReportsSearch,
  component: ReportsPage,
});

const reportDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.reportDetail.path,
  component: ReportDetailPage,
});

const creditsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.credits.path,
  component: CreditsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.users.path,
  component: UsersPage,
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.audit.path,
  component: AuditPage,
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.admin.path,
  component: AdminPage,
});

const adminJobRunRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.adminJobRun.path,
  component: AdminJobRunPage,
});

/** Unknown paths still need a session, and show their not-found page inside the shell. */
const notFoundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '$',
  component: NotFoundPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    overviewRoute,
    contactsRoute,
    contactDetailRoute,
    companiesRoute,
    companyDetailRoute,
    importsRoute,
    importDetailRoute,
    jobsRoute,
    jobRunRoute,
    enrichmentRoute,
    enrichmentRunRoute,
    reportsRoute,
    reportDetailRoute,
    creditsRoute,
    usersRoute,
    auditRoute,
    adminRoute,
    adminJobRunRoute,
    notFoundRoute,
  ]),
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
    // Readable links: ?country=DE&country=AT&q=acme rather than JSON in the URL.
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
