import type { ReactNode } from 'react';

import { Button } from '@/components/ui/button';
import { describeError } from '@/components/ui/error-fallback';
import { AlertIcon } from '@/components/ui/icons';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';

import { useStatus, type StatusView } from '@/features/system-status/api/get-status';

/** Whether this instance's API answers, and what it says about itself. */
export function SystemStatus() {
  const status = useStatus();

  if (status.isPending) {
    return <SystemStatusSkeleton />;
  }
  if (status.isError) {
    return (
      <SystemStatusError
        error={status.error}
        retrying={status.isFetching}
        onRetry={() => void status.refetch()}
      />
    );
  }
  return <SystemStatusDetails status={status.data} />;
}

function SystemStatusDetails({ status }: { status: StatusView }) {
  return (
    <div>
      <p className="flex items-center gap-2 text-sm font-medium text-emerald-700">
        <span
          aria-hidden="true"
          className="size-2.5 rounded-full bg-emerald-500 ring-4 ring-emerald-100"
        />
        API reachable
      </p>
      <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
        <Field label="Application">{status.name}</Field>
        <Field label="Version">
          <span className="font-mono">{status.version}</span>
        </Field>
        <Field label="Roles">
          <ul className="flex flex-wrap gap-1.5" aria-label="Roles">
            {status.roles.map((role) => (
              <li
                key={role}
                className="rounded-md bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700 ring-1 ring-indigo-600/20 ring-inset"
              >
                {role}
              </li>
            ))}
          </ul>
        </Field>
        <Field label="Server time">
          <time dateTime={status.time}>{formatTime(status.time)}</time>
        </Field>
      </dl>
    </div>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-1 font-medium text-slate-900">{children}</dd>
    </div>
  );
}

function SystemStatusSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Checking the API…</span>
      <Skeleton className="h-5 w-32" />
      <div className="mt-5 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="space-y-2">
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-5 w-28" />
          </div>
        ))}
      </div>
    </div>
  );
}

type SystemStatusErrorProps = {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
};

function SystemStatusError({ error, retrying, onRetry }: SystemStatusErrorProps) {
  const { title, detail } = describeError(error);
  return (
    <div role="alert">
      <p className="flex items-center gap-2 text-sm font-medium text-red-700">
        <AlertIcon className="size-5 text-red-500" />
        {error instanceof ApiError && error.status > 0
          ? `API answered with HTTP ${error.status}`
          : 'API unreachable'}
      </p>
      <div className="mt-4 rounded-lg bg-red-50 p-4 text-sm">
        <p className="font-medium text-red-800">{title}</p>
        {detail && <p className="mt-1 break-words text-red-700">{detail}</p>}
      </div>
      <Button className="mt-4" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Try again'}
      </Button>
    </div>
  );
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function formatTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : timeFormat.format(time);
}
