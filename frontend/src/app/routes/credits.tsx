import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreditsOverview } from '@/features/credits/components/credits-overview';

export function CreditsPage() {
  return (
    <>
      <PageHeader
        title={paths.credits.label}
        description="Runs hold credits when they start, are charged only for delivered items and release the rest."
      />
      <CreditsOverview />
    </>
  );
}
