import { Outlet } from '@tanstack/react-router';

/** Public and signed-in pages alike; the signed-in ones add the shell in AppLayout. */
export function RootLayout() {
  return <Outlet />;
}
