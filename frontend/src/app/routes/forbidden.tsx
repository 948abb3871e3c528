import { EmptyState } from '@/components/ui/empty-state';
import { LockIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';

/** What a page shows to someone whose role does not allow it (the API would answer 403). */
export function Forbidden({ title, reason }: { title: string; reason: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Panel className="mt-8">
        <EmptyState icon={<LockIcon className="size-6" />} title="You do not have access to this page">
          {reason}
        </EmptyState>
      </Panel>
    </>
  );
}
