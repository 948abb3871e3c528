import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { usersQueryKey, type UserView } from '@/features/users/api/get-users';

export type CreateUserRequest = components['schemas']['CreateUserRequest'];

/** The API's minimum password length for new users. */
export const MIN_PASSWORD_LENGTH = 12;

export function createUser(request: CreateUserRequest): Promise<UserView> {
  return unwrap(api.POST('/api/v1/users', { body: request }));
}

export function useCreateUser({ onSuccess }: { onSuccess?: (user: UserView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.(user);
    },
  });
}
