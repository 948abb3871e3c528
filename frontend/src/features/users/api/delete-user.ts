import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { usersQueryKey, type UserView } from '@/features/users/api/get-users';

export function deleteUser(id: UserView['id']): Promise<void> {
  return unwrap(api.DELETE('/api/v1/users/{id}', { params: { path: { id } } })).then(() => {});
}

export function useDeleteUser({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUser,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.();
    },
  });
}
