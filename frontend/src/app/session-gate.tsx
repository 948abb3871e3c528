import { useEffect, type ReactNode } from 'react';

import { FullPageSkeleton } from '@/components/ui/full-page-skeleton';
import { initSession, useAuth } from '@/lib/auth';

/**
 * Holds the app back until we know whether the refresh cookie still holds a session, so
 * nobody sees the login page flash before being let in (or the dashboard before being sent out).
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  useEffect(() => {
    void initSession();
  }, []);
  return auth.status === 'initializing' ? <FullPageSkeleton /> : children;
}
