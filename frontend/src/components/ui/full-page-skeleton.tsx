import { Skeleton } from './skeleton';

/** The shell's outline while Leadline finds out whether a session exists. */
export function FullPageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="min-h-full">
      <span className="sr-only">Loading Leadline…</span>
      <div className="bg-slate-900 md:fixed md:inset-y-0 md:left-0 md:w-60">
        <div className="flex h-16 items-center gap-2.5 px-5">
          <div className="size-8 animate-pulse rounded-md bg-slate-700" />
          <div className="h-5 w-24 animate-pulse rounded-md bg-slate-700" />
        </div>
        <div className="hidden space-y-2 px-5 pt-2 md:block">
          {Array.from({ length: 6 }, (_, index) => (
            <div key={index} className="h-8 animate-pulse rounded-md bg-slate-800" />
          ))}
        </div>
      </div>
      <div className="md:pl-60">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 lg:px-8">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="mt-3 h-4 w-72" />
          <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Skeleton className="h-48" />
            <Skeleton className="h-48" />
          </div>
        </div>
      </div>
    </div>
  );
}
