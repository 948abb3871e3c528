import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { startSession, type TokenView } from '@/lib/auth';
import type { components } from '@/lib/api/schema';

export type LoginRequest = components['schemas']['LoginRequest'];
export type Credentials = Pick<LoginRequest, 'email' | 'password'>;

/**
 * Signs in. The dashboard always asks for the refresh token as an HttpOnly cookie, so the
 * body's refreshToken is null and JavaScript never holds a long-lived secret.
 */
export function login(credentials: Credentials): Promise<TokenView> {
  return unwrap(
    api.POST('/api/v1/auth/login', {
      body: { email: credentials.email, password: credentials.password, useCookie: true },
      credentials: 'same-origin',
    }),
  );
}

export function useLogin({ onSuccess }: { onSuccess?: (token: TokenView) => void } = {}) {
  return useMutation({
    mutationFn: login,
    onSuccess: (token) => {
      startSession(token);
      onSuccess?.(token);
    },
  });
}
