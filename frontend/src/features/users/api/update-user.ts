import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { usersQueryKey, type UserView } from '@/features/users/api/get-users';

export type UpdateUserRequest = components['schemas']['UpdateUserRequest'];

export function updateUser({
  id,
  changes,
}: {
  id: UserView['id'];
  changes: UpdateUserRequest;
}): Promise<UserView> {
  return unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
