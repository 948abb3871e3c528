import { Link } from '@tanstack/react-router';
import type { ComponentType, ReactNode } from 'react';

import { LogoMark } from './logo';

export type NavItem = {
  path: string;
  label: string;
  icon: ComponentType<{ className?: string }>;
};

type DashboardLayoutProps = {
  /** The pages this user may open, in order. */
  navigation: readonly NavItem[];
  /** Who is signed in and how to sign out; pinned to the bottom of the sidebar. */
  account?: ReactNode;
  children: ReactNode;
};

/** The app shell: a sidebar on wide screens that folds into a top bar on narrow ones. */
export function DashboardLayout({ navigation, account, children }: DashboardLayoutProps) {
  return (
    <div className="min-h-full">
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-slate-900 focus:shadow"
      >
        Skip to content
      </a>

      <header className="bg-slate-900 md:fixed md:inset-y-0 md:left-0 md:flex md:w-60 md:flex-col">
        <div className="flex h-16 shrink-0 items-center gap-2.5 px-5">
          <LogoMark />
          <span className="text-lg font-semibold tracking-tight text-white">Leadline</span>
        </div>

        <nav aria-label="Main" className="px-3 pb-3 md:flex-1 md:overflow-y-auto md:pt-2">
          <ul className="flex gap-1 overflow-x-auto md:flex-col md:overflow-visible">
            {navigation.map(({ path, label, icon: NavIcon }) => (
              <li key={path} className="shrink-0">
                <Link
                  to={path}
                  className="group flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-slate-300 hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white"
                >
                  <NavIcon className="size-5 shrink-0 text-slate-400 group-hover:text-slate-200 group-aria-[current=page]:text-indigo-400" />
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        {account && (
          <section aria-label="Account" className="border-t border-slate-800 px-3 py-3">
            {account}
          </section>
        )}
      </header>

      <div className="md:pl-60">
        <main
          id="main-content"
          tabIndex={-1}
          className="mx-auto max-w-6xl px-4 py-8 focus:outline-none sm:px-6 lg:px-8"
        >
          {children}
        </main>
      </div>
    </div>
  );
}
