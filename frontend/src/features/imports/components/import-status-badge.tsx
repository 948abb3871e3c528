import { Badge } from '@/components/ui/badge';

import { isActive, STATUS_TONES, type ImportStatus } from '@/features/imports/utils/import-status';

/** The import's status in its colour; a running import's dot pulses. */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
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
