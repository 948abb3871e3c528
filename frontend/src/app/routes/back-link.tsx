import { Link } from '@tanstack/react-router';

import { ArrowLeftIcon } from '@/components/ui/icons';

/** The way back to the list a detail page was opened from. */
export function BackLink({ to, label }: { to: '/jobs' | '/admin' | '/imports' | '/companies' | '/enrichment' | '/reports'; label: string }) {
  return (
    <Link
      to={to}
      className="mb-4 inline-flex items-center gap-1.5 text-sm font-medium text-slate-500 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      <ArrowLeftIcon className="size-4" />
      {label}
    </Link>
  );
}
