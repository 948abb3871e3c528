import { useId, type ReactNode } from 'react';

import { ErrorBoundary } from './error-boundary';

type PanelProps = {
  /** Names the panel as a region; leave it out for a page's single, self-explaining panel. */
  title?: string;
  description?: string;
  children: ReactNode;
  className?: string;
};

/** A card on a dashboard page. A crash inside it stays inside it. */
export function Panel({ title, description, children, className = '' }: PanelProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={`rounded-xl bg-white shadow-xs ring-1 ring-slate-200 ${className}`}
    >
      {title && (
        <header className="border-b border-slate-100 px-5 py-4">
          <h2 id={headingId} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-slate-500">{description}</p>}
        </header>
      )}
      <div className="p-5">
        <ErrorBoundary>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
