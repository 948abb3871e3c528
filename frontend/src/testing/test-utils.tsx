import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render, screen, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

import { AppProvider } from '@/app/provider';
import { createAppRouter } from '@/app/router';
import { SessionGate } from '@/app/session-gate';
import { startSession, type SessionUser } from '@/lib/auth';
import { buildMe, buildToken } from '@/testing/data';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity } },
  });
}

/** Starts a session as if a login or refresh had just answered; `user` is an owner by default. */
export function signIn(user: Partial<SessionUser> = {}): SessionUser {
  const me = buildMe(user);
  startSession(buildToken({ user: me }));
  return me;
}

type RenderWithProvidersOptions = RenderOptions & {
  /** Signed in as this user (an owner by default); false to stay signed out. */
  user?: Partial<SessionUser> | false;
};

/** Renders one component with the app's providers but no router. */
export function renderWithProviders(
  ui: ReactElement,
  { user = false, ...options }: RenderWithProvidersOptions = {},
) {
  if (user) {
    signIn(user);
  }
  const queryClient = createTestQueryClient();
  return {
    user: userEvent.setup(),
    queryClient,
    ...render(<AppProvider queryClient={queryClient}>{ui}</AppProvider>, options),
  };
}

type RenderAppOptions = {
  /**
   * Signed in as this user (an owner by default) before the app starts; false starts signed
   * out, so the app's first move is the silent refresh the test must answer.
   */
  user?: Partial<SessionUser> | false;
};

/** Renders the whole app, session gate and routes included, starting at `url`. */
export async function renderApp(url = '/', { user = {} }: RenderAppOptions = {}) {
  if (user) {
    signIn(user);
  }
  const queryClient = createTestQueryClient();
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <SessionGate>
        <RouterProvider router={router} />
      </SessionGate>
    </AppProvider>,
  );
  await screen.findByRole('main');
  return { user: userEvent.setup(), queryClient, router, ...result };
}

export * from '@testing-library/react';
