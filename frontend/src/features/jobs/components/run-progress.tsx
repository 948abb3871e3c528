import { formatCount, formatRate } from '@/lib/format';

import type { JobRunView } from '@/features/jobs/api/get-job-runs';
import { isActive, type JobRunStatus } from '@/features/jobs/utils/run-status';

// Literal class names so Tailwind finds them. The value bar's width animates between updates.
const BAR =
  'block w-full appearance-none overflow-hidden rounded-full bg-slate-100 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:transition-[width] [&::-webkit-progress-value]:duration-700 [&::-webkit-progress-value]:ease-out [&::-moz-progress-bar]:rounded-full [&:indeterminate::-webkit-progress-bar]:bg-indigo-100 [&:indeterminate]:motion-safe:animate-pulse';

const FILLS = {
  running:
    '[&::-webkit-progress-value]:bg-indigo-600 [&::-moz-progress-bar]:bg-indigo-600',
  completed:
    '[&::-webkit-progress-value]:bg-emerald-500 [&::-moz-progress-bar]:bg-emerald-500',
  failed: '[&::-webkit-progress-value]:bg-red-500 [&::-moz-progress-bar]:bg-red-500',
  halted: '[&::-webkit-progress-value]:bg-amber-500 [&::-moz-progress-bar]:bg-amber-500',
} as const;

function fillOf(status: JobRunStatus) {
  if (status === 'COMPLETED') {
    return FILLS.completed;
  }
  if (status === 'FAILED') {
    return FILLS.failed;
  }
  return isActive(status) ? FILLS.running : FILLS.halted;
}

/** "120 / 500" when the run knows how many items it expects, "120 items" when it does not. */
function progressText({ itemsDone, itemsExpected }: JobRunView['progress']): string {
  return itemsExpected === null
    ? `${formatCount(itemsDone)} ${itemsDone === 1 ? 'item' : 'items'}`
    : `${formatCount(itemsDone)} / ${formatCount(itemsExpected)}`;
}

export function throughputText(run: Pick<JobRunView, 'progress'>): string {
  return `${formatRate(run.progress.itemsPerSecond)} items/s`;
}

type RunProgressProps = {
  run: Pick<JobRunView, 'id' | 'status' | 'progress'>;
  size?: 'sm' | 'lg';
};

/**
 * A progress bar with the items done. Without an expected count an active run's bar is
 * indeterminate; a completed one is full; a halted one shows no bar, only the count.
 */
export function RunProgress({ run, size = 'sm' }: RunProgressProps) {
  const { percent } = run.progress;
  const value =
    percent !== null ? Math.min(100, Math.max(0, percent)) : run.status === 'COMPLETED' ? 100 : null;
  const showBar = value !== null || isActive(run.status);
  const text = progressText(run.progress);
  return (
    <div className={size === 'lg' ? 'w-full' : 'w-40'}>
      {showBar && (
        <progress
          aria-label={`Progress of run #${run.id}`}
          aria-valuetext={value === null ? text : `${text} (${Math.floor(value)}%)`}
          max={100}
          {...(value === null ? {} : { value })}
          className={`${BAR} ${fillOf(run.status)} ${size === 'lg' ? 'h-3' : 'h-2'}`}
        />
      )}
      <p
        className={`flex justify-between gap-2 text-xs text-slate-500 tabular-nums ${showBar ? 'mt-1.5' : ''}`}
      >
        <span className="text-slate-700">{text}</span>
        {value !== null && <span>{Math.floor(value)}%</span>}
      </p>
    </div>
  );
}
