import { describe, expect, it } from 'vitest';

import {
  addSample,
  describeRemaining,
  rowsPerSecond,
  secondsRemaining,
  type RowsSample,
} from '@/features/imports/utils/import-rate';

function samplesOf(...pairs: [number, number][]): RowsSample[] {
  return pairs.reduce<RowsSample[]>((samples, [at, rows]) => addSample(samples, { at, rows }, 10_000), []);
}

describe('import rate', () => {
  it('measures the pace over the window, not since the start', () => {
    // Slow at first (1,000 rows/s), then 4,000 rows/s for the last 15 s: the window (10 s) and
    // the sample just before it are what count.
    const samples = samplesOf([0, 0], [5_000, 5_000], [10_000, 25_000], [15_000, 45_000], [20_000, 65_000]);

    expect(samples[0]).toEqual({ at: 5_000, rows: 5_000 });
    expect(rowsPerSecond(samples)).toBe(4_000);
  });

  it('says nothing until the samples span a few seconds', () => {
    expect(rowsPerSecond(samplesOf([0, 0]))).toBeNull();
    expect(rowsPerSecond(samplesOf([0, 0], [1_000, 2_000]))).toBeNull();
    expect(rowsPerSecond(samplesOf([0, 0], [1_000, 2_000], [4_000, 8_000]))).toBe(2_000);
  });

  it('starts over when the rows go back, as when a run is restarted', () => {
    expect(samplesOf([0, 0], [5_000, 9_000], [6_000, 100])).toEqual([{ at: 6_000, rows: 100 }]);
  });

  it('replaces a sample taken at the same moment', () => {
    expect(samplesOf([0, 0], [0, 10])).toEqual([{ at: 0, rows: 10 }]);
  });

  it('estimates the time left from the estimated rows, and not when it cannot', () => {
    expect(secondsRemaining(10_000, 100_000, 3_000)).toBe(30);
    expect(secondsRemaining(10_000, 100_000, null)).toBeNull();
    expect(secondsRemaining(10_000, 100_000, 0)).toBeNull();
    expect(secondsRemaining(120_000, 100_000, 3_000)).toBeNull();
  });

  it('words the time left the way people say it', () => {
    expect(describeRemaining(30)).toBe('less than a minute left');
    expect(describeRemaining(200)).toBe('about 3 min left');
    expect(describeRemaining(3_900)).toBe('about 1 h 5 min left');
  });
});
