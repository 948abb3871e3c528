import { ApiError } from '@/lib/api-client';

import { Button } from './button';
import { AlertIcon } from './icons';

type ErrorFallbackProps = {
  error: unknown;
  onRetry?: () => void;
};

/** What a panel or page shows instead of its content once it has crashed. */
export function ErrorFallback({ error, onRetry }: ErrorFallbackProps) {
  const { title, detail } = describeError(error);
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg bg-red-50 p-4 text-sm">
      <AlertIcon className="size-5 shrink-0 text-red-500" />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-red-800">{title}</p>
        {detail && <p className="mt-1 break-words text-red-700">{detail}</p>}
        {onRetry && (
          <Button className="mt-3" onClick={onRetry}>
            Try again
          </Button>
        )}
      </div>
    </div>
  );
}

export function describeError(error: unknown): { title: string; detail?: string } {
  if (error instanceof ApiError) {
    return { title: error.title, detail: error.detail };
  }
  if (error instanceof Error) {
    return { title: 'Something went wrong', detail: error.message };
  }
  return { title: 'Something went wrong' };
}
