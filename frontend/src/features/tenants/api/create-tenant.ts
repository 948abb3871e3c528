import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import { tenantsQueryKey, type TenantView } from '@/features/tenants/api/get-tenants';

export type CreateTenantRequest = components['schemas']['CreateTenantRequest'];

export const MIN_OWNER_PASSWORD_LENGTH = 12;

export function createTenant(request: CreateTenantRequest): Promise<TenantView> {
  return unwrap(api.POST('/api/v1/admin/tenants', { body: request }));
}

export function useCreateTenant({ onSuccess }: { onSuccess?: (tenant: TenantView) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTenant,
    onSuccess: async (tenant) => {
      await queryClient.invalidateQueries({ queryKey: tenantsQueryKey });
      onSuccess?.(tenant);
    },
  });
}
