import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';

import { loginSearch } from '@/app/redirect';
import { DashboardLayout, type NavItem } from '@/components/ui/dashboard-layout';
import {
  AdminIcon,
  AuditIcon,
  CompaniesIcon,
  ContactsIcon,
  CreditsIcon,
  ImportsIcon,
  JobsIcon,
  OverviewIcon,
  DocumentIcon,
  SparklesIcon,
  UsersIcon,
} from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { useAuth, type SessionUser, type SignedOutReason } from '@/lib/auth';
import { canAdministerPlatform, canManageTenant } from '@/lib/authorization';

/** The shell of every signed-in page; leaves for /login as soon as the session ends. */
export function AppLayout() {
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const href = location.href;

  // `auth` changes identity only when the session does, so this navigates once per ending.
  useEffect(() => {
    if (auth.status === 'anonymous') {
      void navigate({
        to: paths.login.path,
        search: loginSearchAfter(auth.reason, href),
        replace: true,
      });
    }
    // Where the user was when the session ended; later renders must not re-navigate.
  }, [auth, navigate]);

  if (auth.status !== 'authenticated') {
    return null;
  }

  return (
    <DashboardLayout navigation={navigationFor(auth.user)} account={<AccountMenu />}>
      <Outlet />
    </DashboardLayout>
  );
}

/** An expired or missing session comes back to where it was; "Sign out" starts over. */
export function loginSearchAfter(reason: SignedOutReason, href: string) {
  return reason === 'signed-out' ? {} : loginSearch(href);
}

/** The pages this user may open: the API enforces the same rules, the menu just follows them. */
export function navigationFor(user: SessionUser): NavItem[] {
  return [
    { ...paths.overview, icon: OverviewIcon },
    { ...paths.contacts, icon: ContactsIcon },
    { ...paths.companies, icon: CompaniesIcon },
    { ...paths.imports, icon: ImportsIcon },
    { ...paths.jobs, icon: JobsIcon },
    { ...paths.enrichment, icon: SparklesIcon },
    { ...paths.reports, icon: DocumentIcon },
    { ...paths.credits, icon: CreditsIcon },
    ...(canManageTenant(user)
      ? [
          { ...paths.users, icon: UsersIcon },
          { ...paths.audit, icon: AuditIcon },
        ]
      : []),
    ...(canAdministerPlatform(user) ? [{ ...paths.admin, icon: AdminIcon }] : []),
  ];
}
