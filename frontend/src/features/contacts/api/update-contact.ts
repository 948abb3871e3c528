import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { ContactDetailView } from '@/features/contacts/api/get-contact';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export type ContactPatchRequest = components['schemas']['ContactPatchRequest'];

/** A merge patch: fields left out stay as they are, null clears one. */
export function updateContact({
  id,
  changes,
}: {
  id: number;
  changes: ContactPatchRequest;
}): Promise<ContactDetailView> {
  return unwrap(api.PATCH('/api/v1/contacts/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (contact) => queryClient.setQueryData([...contactsQueryKey, 'detail', contact.id], contact),
    // Lists, the company's contacts and the audit trail may all show the change.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
