import { ProblemAlert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { CompaniesIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { formatDate } from '@/lib/format';

import { useTenants } from '@/features/tenants/api/get-tenants';

/** Every tenant of this Leadline installation. */
export function TenantsList() {
  const tenants = useTenants();

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
      <Table label="Tenants">
        <TableHead>
          <Th>Name</Th>
          <Th>Slug</Th>
          <Th>Status</Th>
          <Th>Created</Th>
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
              </tr>
            )),
          )}
        </TableBody>
      </Table>
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
