import type { JobRunView } from '@/features/jobs/api/get-job-runs';

/** How the run came about: "schedule", or "api" and who pressed the button, by name. */
export function TriggerText({
  run,
}: {
  run: Pick<JobRunView, 'triggerType' | 'triggeredBy' | 'triggeredByName'>;
}) {
  return (
    <>
      {run.triggerType}
      {run.triggeredBy !== null && (
        <span className="block text-xs text-slate-500">
          {run.triggeredByName ?? `user #${run.triggeredBy}`}
        </span>
      )}
    </>
  );
}
