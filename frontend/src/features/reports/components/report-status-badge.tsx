import { Badge, type BadgeTone } from '@/components/ui/badge';

import { isActive } from '@/features/reports/api/get-reports';

const TONES: Record<string, BadgeTone> = {
  QUEUED: 'slate',
  STARTING: 'sky',
  STARTED: 'indigo',
  STOPPING: 'amber',
  STOPPED: 'amber',
  COMPLETED: 'emerald',
  FAILED: 'red',
  ABANDONED: 'slate',
};

/** The report's run status in its colour; an active report's dot pulses. */
export function ReportStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONES[status] ?? 'slate'}>
      <span className="inline-flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className={`size-1.5 rounded-full bg-current ${isActive(status) ? 'motion-safe:animate-pulse' : 'opacity-60'}`}
        />
        {status}
      </span>
    </Badge>
  );
}
