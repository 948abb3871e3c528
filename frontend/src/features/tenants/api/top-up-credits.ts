import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type CreditBalance = components['schemas']['CreditBalance'];

/** The most credits one top-up may add (the API refuses more). */
export const MAX_TOP_UP = 1_000_000_000;

/** Adds credits to a tenant (platform admins); answers the tenant's new balance. Audited as `credits.top_up`. */
export function topUpCredits({
  tenantId,
  amount,
  note,
}: {
  tenantId: number;
  amount: number;
  note?: string;
}): Promise<CreditBalance> {
  return unwrap(
    api.POST('/api/v1/admin/tenants/{tenantId}/credits', {
      params: { path: { tenantId } },
      body: { kind: 'top_up', amount, note: note || undefined },
    }),
  );
}

export function useTopUpCredits() {
  return useMutation({ mutationFn: topUpCredits });
}
