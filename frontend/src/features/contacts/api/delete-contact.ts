import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export function deleteContact(id: number): Promise<void> {
  return unwrap(api.DELETE('/api/v1/contacts/{id}', { params: { path: { id } } })).then(() => undefined);
}

export function useDeleteContact({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteContact,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: [...contactsQueryKey, 'detail', id] });
      onSuccess?.();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
  });
}
