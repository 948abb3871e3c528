import { Badge } from '@/components/ui/badge';

import { isActive, STATUS_TONES, type EnrichmentRunStatus } from '@/features/enrichment/utils/run-status';

/** The run's status in its colour; an active run's dot pulses (as on the jobs pages). */
export function RunStatusBadge({ status }: { status: EnrichmentRunStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]}>
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
