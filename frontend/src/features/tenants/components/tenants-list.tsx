import { useState } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { CompaniesIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/format';

import { useTenants, type TenantView } from '@/features/tenants/api/get-tenants';
import type { CreditBalance } from '@/features/tenants/api/top-up-credits';
import { TopUpDialog } from '@/features/tenants/components/top-up-dialog';

type ToppedUp = { tenant: TenantView; amount: number; balance: CreditBalance };

/** Every tenant of this Leadline installation. */
export function TenantsList() {
  const tenants = useTenants();
  const [toppingUp, setToppingUp] = useState<TenantView | null>(null);
  const [toppedUp, setToppedUp] = useState<ToppedUp | null>(null);

  if (tenants.isPending) {
    return (
      <div role="status" aria-live="polite" className="space-y-3">
        <span className="sr-only">Loading tenants…</span>
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-6 w-full" />
        ))}
      </div>
    );
  }
  if (tenants.data === undefined) {
    return <ErrorFallback error={tenants.error} onRetry={() => void tenants.refetch()} />;
  }
  if (tenants.data.pages.every((page) => page.items.length === 0)) {
    return <EmptyState icon={<CompaniesIcon className="size-6" />} title="No tenants yet" />;
  }
  return (
    <>
      {toppedUp && (
        <Alert
          tone="success"
          title={`Added ${toppedUp.amount.toLocaleString('en-US')} credits to ${toppedUp.tenant.name}`}
          onDismiss={() => setToppedUp(null)}
          className="mb-4"
        >
          Its balance is now {(toppedUp.balance.balance ?? 0).toLocaleString('en-US')} credits.
        </Alert>
      )}
      <Table label="Tenants">
        <TableHead>
          <Th>Name</Th>
          <Th>Slug</Th>
          <Th>Status</Th>
          <Th>Created</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </TableHead>
        <TableBody>
          {tenants.data.pages.flatMap((page) =>
            page.items.map((tenant) => (
              <tr key={tenant.id}>
                <Td className="font-medium text-slate-900">{tenant.name}</Td>
                <Td className="font-mono text-xs">{tenant.slug}</Td>
                <Td>
                  {tenant.status === 'active' ? (
                    <Badge tone="emerald">Active</Badge>
                  ) : (
                    <Badge tone="amber">Suspended</Badge>
                  )}
                </Td>
                <Td className="whitespace-nowrap">
                  <time dateTime={tenant.createdAt}>{formatDate(tenant.createdAt)}</time>
                </Td>
                <Td className="text-right">
                  <Button
                    aria-label={`Top up credits of ${tenant.name}`}
                    onClick={() => {
                      setToppedUp(null);
                      setToppingUp(tenant);
                    }}
                  >
                    Top up
                  </Button>
                </Td>
              </tr>
            )),
          )}
        </TableBody>
      </Table>
      <TopUpDialog
        tenant={toppingUp}
        onClose={() => setToppingUp(null)}
        onToppedUp={(tenant, amount, balance) => {
          setToppingUp(null);
          setToppedUp({ tenant, amount, balance });
        }}
      />
      {tenants.hasNextPage && (
        <div className="mt-4 flex justify-center">
          <Button
            onClick={() => void tenants.fetchNextPage()}
            disabled={tenants.isFetchingNextPage}
          >
            {tenants.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
      {tenants.isError && (
              <ProblemAlert
                error={tenants.error}
                action={
                  tenants.isFetchNextPageError
                    ? 'Could not load more tenants'
                    : 'Could not refresh the list'
                }
                className="mt-4"
              />
            )}
    </>
  );
}
