import { Link } from '@tanstack/react-router';

import { CheckCircleIcon } from '@/components/ui/icons';

/** The steps of an import after the upload; the upload itself is done by the time they show. */
export type SetupStep = 'map' | 'review';

const STEPS = [
  { key: 'upload', label: 'Upload' },
  { key: 'map', label: 'Map columns' },
  { key: 'review', label: 'Review rows' },
  { key: 'import', label: 'Import' },
] as const;

type ImportStepsProps = {
  current: SetupStep;
  onSelect: (step: SetupStep) => void;
};

/**
 * Upload → Map columns → Review rows → Import, the current step marked for screen readers too.
 * Map and Review can be moved between freely; Import is the Start button, always at hand below.
 */
export function ImportSteps({ current, onSelect }: ImportStepsProps) {
  const index = STEPS.findIndex(({ key }) => key === current);
  return (
    <nav aria-label="Import steps">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-2 text-sm">
        {STEPS.map((step, position) => {
          const done = position < index;
          const isCurrent = position === index;
          const content = (
            <>
              <span
                aria-hidden="true"
                className={`flex size-6 items-center justify-center rounded-full text-xs font-semibold ${
                  isCurrent
                    ? 'bg-indigo-600 text-white'
                    : done
                      ? 'bg-indigo-50 text-indigo-700'
                      : 'bg-slate-100 text-slate-600'
                }`}
              >
                {done ? <CheckCircleIcon className="size-4" /> : position + 1}
              </span>
              <span>{step.label}</span>
            </>
          );
          const className = `inline-flex items-center gap-2 rounded-md px-2 py-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${
            isCurrent ? 'font-semibold text-slate-900' : 'text-slate-600'
          }`;
          return (
            <li key={step.key} className="flex items-center gap-2">
              {position > 0 && (
                <span aria-hidden="true" className="h-px w-6 bg-slate-300" />
              )}
              {step.key === 'upload' ? (
                <Link to="/imports" className={`${className} hover:text-indigo-600`} title="Upload another file">
                  {content}
                  <span className="sr-only">(done)</span>
                </Link>
              ) : step.key === 'import' ? (
                <span className={className}>{content}</span>
              ) : (
                <button
                  type="button"
                  className={`${className} hover:text-indigo-600`}
                  aria-current={isCurrent ? 'step' : undefined}
                  onClick={() => onSelect(step.key)}
                >
                  {content}
                  {done && <span className="sr-only">(done)</span>}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
