/** Rows read at a moment, as the page saw them while polling a running import. */
export type RowsSample = { at: number; rows: number };

/** The rate is measured over the last quarter minute, so it follows the import's current pace. */
export const RATE_WINDOW_MS = 15_000;

/** Below this span the rate would swing too much with one chunk to say anything. */
const MIN_SPAN_MS = 3_000;

/**
 * The samples with `sample` added and those older than the window dropped; the newest
 * sample older than the window stays, so the window is always spanned once it can be.
 * Rows that go back (a restarted run counts again) start the samples over.
 */
export function addSample(
  samples: readonly RowsSample[],
  sample: RowsSample,
  windowMs = RATE_WINDOW_MS,
): RowsSample[] {
  const last = samples.at(-1);
  if (last && (sample.rows < last.rows || sample.at < last.at)) {
    return [sample];
  }
  if (last && last.at === sample.at) {
    return samples.slice(0, -1).concat(sample);
  }
  const all = [...samples, sample];
  const firstInside = all.findIndex((s) => sample.at - s.at <= windowMs);
  return all.slice(Math.max(0, firstInside - 1));
}

/** Rows per second over the samples, or null while they span too little time to tell. */
export function rowsPerSecond(samples: readonly RowsSample[]): number | null {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.at - first.at < MIN_SPAN_MS) {
    return null;
  }
  return ((last.rows - first.rows) * 1000) / (last.at - first.at);
}

/**
 * Seconds until the estimated rows are read at `rate`, or null when that cannot be said:
 * no rate yet, a stalled import, or more rows read than estimated (the estimate was low).
 */
export function secondsRemaining(rows: number, estimatedRows: number, rate: number | null): number | null {
  if (rate === null || rate <= 0 || rows >= estimatedRows) {
    return null;
  }
  return (estimatedRows - rows) / rate;
}

/** "about 3 min left", "about 1 h 5 min left", "less than a minute left". */
export function describeRemaining(seconds: number): string {
  if (seconds < 60) {
    return 'less than a minute left';
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) {
    return `about ${minutes} min left`;
  }
  return `about ${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}
