/** Every page of the dashboard, in navigation order. Routes and navigation both read this. */
export const paths = {
  login: { path: '/login', label: 'Sign in' },
  overview: { path: '/', label: 'Overview' },
  contacts: { path: '/contacts', label: 'Contacts' },
  companies: { path: '/companies', label: 'Companies' },
  imports: { path: '/imports', label: 'Imports' },
  jobs: { path: '/jobs', label: 'Jobs' },
  users: { path: '/users', label: 'Users' },
  audit: { path: '/audit', label: 'Audit log' },
  admin: { path: '/admin', label: 'Admin' },
} as const;

export type PageKey = keyof typeof paths;
