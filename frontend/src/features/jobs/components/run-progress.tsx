import { ProgressBar, type ProgressTone } from '@/components/ui/progress-bar';
import { formatCount, formatRate } from '@/lib/format';

import type { JobRunView } from '@/features/jobs/api/get-job-runs';
import { isActive, type JobRunStatus } from '@/features/jobs/utils/run-status';

function toneOf(status: JobRunStatus): ProgressTone {
  if (status === 'COMPLETED') {
    return 'emerald';
  }
  if (status === 'FAILED') {
    return 'red';
  }
  return isActive(status) ? 'indigo' : 'amber';
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
  // A completed run is done, whatever its estimate of the items was.
  const value =
    run.status === 'COMPLETED' ? 100 : percent !== null ? Math.min(100, Math.max(0, percent)) : null;
  const showBar = value !== null || isActive(run.status);
  const text = progressText(run.progress);
  return (
    <div className={size === 'lg' ? 'w-full' : 'w-40'}>
      {showBar && (
        <ProgressBar
          label={`Progress of run #${run.id}`}
          valueText={value === null ? text : `${text} (${Math.floor(value)}%)`}
          value={value}
          tone={toneOf(run.status)}
          size={size}
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
