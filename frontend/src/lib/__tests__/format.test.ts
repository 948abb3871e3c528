import { describe, expect, it } from 'vitest';

import { countryName, formatCompactDate, formatShare, formatTotal } from '@/lib/format';

const NOUNS = ['contact', 'contacts'] as const;

describe('formatTotal', () => {
  it('says an exact count in full and an estimate roughly', () => {
    expect(formatTotal({ value: 12_345, exact: true }, NOUNS)).toBe('12,345 contacts');
    expect(formatTotal({ value: 1, exact: true }, NOUNS)).toBe('1 contact');
    expect(formatTotal({ value: 0, exact: true }, NOUNS)).toBe('0 contacts');
    expect(formatTotal({ value: 1_234_567, exact: false }, NOUNS)).toBe('about 1.2M contacts');
    expect(formatTotal({ value: 100_001, exact: false }, NOUNS)).toBe('about 100K contacts');
  });
});

describe('other formats', () => {
  it('formats shares, countries and short dates', () => {
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(5, 0)).toBe('0%');
    expect(countryName('de')).toBe('Germany');
    expect(countryName('XY')).toBe('XY');
    const now = new Date(2026, 10, 29);
    expect(formatCompactDate(new Date(2026, 2, 4, 12).toISOString(), now)).toBe('Mar 4');
    expect(formatCompactDate(new Date(2025, 2, 4, 12).toISOString(), now)).toBe('Mar 4, 2025');
  });
});
