import { PageHeader } from './page-header';
import { Skeleton } from './skeleton';

type DetailPageSkeletonProps = {
  /** The page's title, known before its data (e.g. "Run #7"). */
  title: string;
  /** What a screen reader hears while it loads (e.g. "run #7"). */
  loading: string;
};

/** A detail page while its data loads: its title, then three placeholder panels. */
export function DetailPageSkeleton({ title, loading }: DetailPageSkeletonProps) {
  return (
    <>
      <PageHeader title={title} />
      <div role="status" aria-live="polite" className="mt-6 space-y-6">
        <span className="sr-only">Loading {loading}…</span>
        {Array.from({ length: 3 }, (_, index) => (
          <div
            key={index}
            aria-hidden="true"
            className="space-y-3 rounded-xl bg-white p-5 shadow-xs ring-1 ring-slate-200"
          >
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-2/3" />
          </div>
        ))}
      </div>
    </>
  );
}
