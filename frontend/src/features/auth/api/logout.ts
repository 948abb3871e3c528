import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { endSession } from '@/lib/auth';

/** Revokes the session on the server, which also clears the refresh cookie. */
export function logout(): Promise<void> {
  return unwrap(api.POST('/api/v1/auth/logout', { credentials: 'same-origin' })).then(() => {});
}

/**
 * Signs out. The token is forgotten even when the server cannot be told: staying signed in
 * after pressing "Sign out" would be worse than a session the server expires on its own.
 */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSettled: () => endSession('signed-out'),
  });
}
