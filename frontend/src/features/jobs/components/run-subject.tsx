import { Link } from '@tanstack/react-router';

import type { JobRunView } from '@/features/jobs/api/get-job-runs';

const LINK =
  'font-medium text-indigo-600 hover:text-indigo-500 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** What the run works on, linked to its page: the import's file, the enrichment stage, the report. */
export function RunSubject({ subject }: { subject: JobRunView['subject'] }) {
  if (!subject) {
    return null;
  }
  switch (subject.type) {
    case 'import':
      return (
        <Link to="/imports/$importId" params={{ importId: String(subject.id) }} className={LINK} title={subject.label}>
          {subject.label}
        </Link>
      );
    case 'enrichment':
      return (
        <Link to="/enrichment/runs/$runId" params={{ runId: String(subject.id) }} className={LINK}>
          {subject.label} stage
        </Link>
      );
    default:
      return <span>{subject.label || `Report #${subject.id}`}</span>;
  }
}
