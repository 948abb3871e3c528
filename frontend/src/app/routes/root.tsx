import { Outlet } from '@tanstack/react-router';

import { DashboardLayout } from '@/components/ui/dashboard-layout';

export function RootLayout() {
  return (
    <DashboardLayout>
      <Outlet />
    </DashboardLayout>
  );
}
