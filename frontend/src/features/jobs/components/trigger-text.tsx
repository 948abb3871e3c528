import type { JobRunView } from '@/features/jobs/api/get-job-runs';

/** How the run came about: "schedule", or "api" and who pressed the button. */
export function TriggerText({ run }: { run: Pick<JobRunView, 'triggerType' | 'triggeredBy'> }) {
  return (
    <>
      {run.triggerType}
      {run.triggeredBy !== null && (
        <span className="block text-xs text-slate-500">user #{run.triggeredBy}</span>
      )}
    </>
  );
}
