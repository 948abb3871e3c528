import type { BadgeTone } from '@/components/ui/badge';
import type { components } from '@/lib/api/schema';

export type ImportStatus = components['schemas']['ImportView']['status'];

const ACTIVE: ReadonlySet<ImportStatus> = new Set(['QUEUED', 'RUNNING', 'STOPPING']);

/** An import whose run may still move on its own: worth asking about again shortly. */
export function isActive(status: ImportStatus): boolean {
  return ACTIVE.has(status);
}

/** An import whose run ended without importing every row: its run page can restart it. */
export function isHalted(status: ImportStatus): boolean {
  return status === 'FAILED' || status === 'STOPPED' || status === 'ABANDONED';
}

/** How often a page showing an active import asks again: rows move chunk by chunk. */
export const IMPORT_LIVE_REFRESH_MS = 1_000;

export const STATUS_TONES: Readonly<Record<ImportStatus, BadgeTone>> = {
  UPLOADED: 'sky',
  QUEUED: 'violet',
  RUNNING: 'indigo',
  STOPPING: 'orange',
  STOPPED: 'amber',
  FAILED: 'red',
  COMPLETED: 'emerald',
  ABANDONED: 'slate',
};
