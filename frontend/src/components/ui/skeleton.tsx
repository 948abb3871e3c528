import type { ComponentProps } from 'react';

/** A grey placeholder block; size it with width and height classes. */
export function Skeleton({ className = '', ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={`animate-pulse rounded-md bg-slate-200 ${className}`}
      {...props}
    />
  );
}
