import { formatShortDateTime } from '@/lib/format';

import type { JobRunView } from '@/features/jobs/api/get-job-runs';
import { stopText } from '@/features/jobs/utils/run-outcome';

/** What each job does, in the words of the people who start it. */
const JOB_LABELS: Readonly<Record<string, string>> = {
  csvImportJob: 'Import',
  enrichmentJob: 'Enrichment',
  nightlyEnrichmentJob: 'Nightly enrichment',
  reportJob: 'Company dossiers',
  contactBulkDeleteJob: 'Bulk delete of contacts',
  companyBulkDeleteJob: 'Bulk delete of companies',
  housekeepingJob: 'Housekeeping',
  drillJob: 'Drill',
};

/** "Import", "Enrichment", …; a job without a name of its own keeps its technical one. */
export function jobLabel(jobName: string): string {
  return JOB_LABELS[jobName] ?? jobName;
}

type RunForWords = Pick<
  JobRunView,
  'status' | 'stop' | 'endedAt' | 'failureMessage' | 'triggerType' | 'triggeredBy' | 'triggeredByName'
>;

/** Who or what started the run: "Started by Ana", "Scheduled", "Started through the API". */
export function startedByText(run: Pick<RunForWords, 'triggerType' | 'triggeredBy' | 'triggeredByName'>): string {
  if (run.triggeredBy !== null) {
    return `Started by ${run.triggeredByName ?? `user #${run.triggeredBy}`}`;
  }
  switch (run.triggerType) {
    case 'schedule':
      return 'Scheduled';
    case 'api':
      return 'Started through the API';
    default:
      return `Started by ${run.triggerType}`;
  }
}

/**
 * The run's outcome in a sentence: "Done at Dec 4, 2:02 PM", "Failed at …: the reason",
 * "Stopped by Ana at …", "Waiting for a free worker", "Running".
 */
export function outcomeText(run: RunForWords): string {
  const stopped = stopText(run);
  if (stopped !== null) {
    return stopped;
  }
  const at = run.endedAt ? ` at ${formatShortDateTime(run.endedAt)}` : '';
  switch (run.status) {
    case 'QUEUED':
      return 'Waiting for a free worker';
    case 'STARTING':
    case 'STARTED':
      return 'Running';
    case 'STOPPING':
      return 'Stopping';
    case 'COMPLETED':
      return `Done${at}`;
    case 'FAILED':
      return run.failureMessage ? `Failed${at}: ${run.failureMessage}` : `Failed${at}`;
    case 'STOPPED':
      return `Stopped${at}`;
    case 'ABANDONED':
      return `Given up${at}; it will not be restarted`;
  }
}
