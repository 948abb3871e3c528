/**
 * Every page of the dashboard, in navigation order. Routes and navigation both read this; pages
 * with a `$param` are reached from a list, not from the navigation.
 */
export const paths = {
  login: { path: '/login', label: 'Sign in' },
  overview: { path: '/', label: 'Overview' },
  contacts: { path: '/contacts', label: 'Contacts' },
  contactDetail: { path: '/contacts/$contactId', label: 'Contact' },
  companies: { path: '/companies', label: 'Companies' },
  companyDetail: { path: '/companies/$companyId', label: 'Company' },
  imports: { path: '/imports', label: 'Imports' },
  importDetail: { path: '/imports/$importId', label: 'Import' },
  jobs: { path: '/jobs', label: 'Jobs' },
  jobRun: { path: '/jobs/$runId', label: 'Job run' },
  enrichment: { path: '/enrichment', label: 'Enrichment' },
  enrichmentRun: { path: '/enrichment/runs/$runId', label: 'Enrichment run' },
  reports: { path: '/reports', label: 'Reports' },
  reportDetail: { path: '/reports/$reportId', label: 'Report' },
  credits: { path: '/credits', label: 'Credits' },
  users: { path: '/users', label: 'Users' },
  audit: { path: '/audit', label: 'Audit log' },
  admin: { path: '/admin', label: 'Admin' },
  adminJobRun: { path: '/admin/jobs/$runId', label: 'Platform run' },
} as const;

export type PageKey = keyof typeof paths;
