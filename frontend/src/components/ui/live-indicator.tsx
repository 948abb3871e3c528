import type { ReactNode } from 'react';

/** Says that what is on screen keeps itself up to date; nothing when it does not. */
export function LiveIndicator({ live, children }: { live: boolean; children: ReactNode }) {
  if (!live) {
    return null;
  }
  return (
    <p className="mb-3 flex items-center gap-2 text-xs text-slate-500">
      <span aria-hidden="true" className="relative flex size-2">
        <span className="absolute inline-flex size-full rounded-full bg-emerald-400 opacity-75 motion-safe:animate-ping" />
        <span className="relative inline-flex size-2 rounded-full bg-emerald-500" />
      </span>
      {children}
    </p>
  );
}
