import type { ReactNode } from 'react';

import { ApiError } from '@/lib/api-client';

import { describeError } from './error-fallback';
import { AlertIcon, CheckCircleIcon, CloseIcon } from './icons';

type AlertProps = {
  title: ReactNode;
  children?: ReactNode;
  tone?: 'error' | 'warning' | 'success';
  onDismiss?: () => void;
  className?: string;
  /** False when the alert sits inside a live region that already announces it. */
  announce?: boolean;
};

const TONES = {
  error: {
    box: 'bg-red-50 ring-red-200',
    title: 'text-red-800',
    body: 'text-red-700',
    icon: 'text-red-500',
  },
  warning: {
    box: 'bg-amber-50 ring-amber-200',
    title: 'text-amber-900',
    body: 'text-amber-800',
    icon: 'text-amber-600',
  },
  success: {
    box: 'bg-emerald-50 ring-emerald-200',
    title: 'text-emerald-800',
    body: 'text-emerald-700',
    icon: 'text-emerald-500',
  },
} as const;

/** A message box. Errors are announced at once (role="alert"), warnings and successes politely. */
export function Alert({
  title,
  children,
  tone = 'error',
  onDismiss,
  className = '',
  announce = true,
}: AlertProps) {
  const colours = TONES[tone];
  const Icon = tone === 'success' ? CheckCircleIcon : AlertIcon;
  return (
    <div
      role={announce ? (tone === 'error' ? 'alert' : 'status') : undefined}
      className={`flex items-start gap-3 rounded-lg p-4 text-sm ring-1 ring-inset ${colours.box} ${className}`}
    >
      <Icon className={`size-5 shrink-0 ${colours.icon}`} />
      <div className="min-w-0 flex-1">
        <p className={`font-medium ${colours.title}`}>{title}</p>
        {children && <div className={`mt-1 break-words ${colours.body}`}>{children}</div>}
      </div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss"
          className={`-m-1 rounded-md p-1 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${colours.icon}`}
        >
          <CloseIcon className="size-4" />
        </button>
      )}
    </div>
  );
}

type ProblemAlertProps = {
  error: unknown;
  /** What was being attempted, e.g. "Could not remove ada@example.com". */
  action?: string;
  onDismiss?: () => void;
  className?: string;
};

/** Shows an API problem: its title, its detail and any rejected fields. */
export function ProblemAlert({ error, action, onDismiss, className }: ProblemAlertProps) {
  const { title, detail } = describeError(error);
  const fieldErrors = error instanceof ApiError ? fieldMessages(error) : [];
  return (
    <Alert title={action ?? title} onDismiss={onDismiss} className={className}>
      {action && <p className="font-medium">{title}</p>}
      {detail && <p>{detail}</p>}
      {fieldErrors.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {fieldErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

function fieldMessages(error: ApiError): string[] {
  return error.errors.flatMap(({ field, message }) => {
    if (typeof message !== 'string') {
      return [];
    }
    return [typeof field === 'string' ? `${field}: ${message}` : message];
  });
}
