import { describe, expect, it } from 'vitest';

import {
  completenessShares,
  createdPerDay,
  formatDay,
  peakOf,
  sumOf,
} from '@/features/overview/utils/chart-data';
import { buildOverview } from '@/testing/data';

describe('chart data', () => {
  it('puts contacts and companies created on the same day side by side, in day order', () => {
    const overview = buildOverview({
      contactsPerDay: [
        { day: '2026-11-29', created: 7 },
        { day: '2026-11-28', created: 5 },
      ],
      companiesPerDay: [
        { day: '2026-11-28', created: 1 },
        { day: '2026-11-27', created: 2 },
      ],
    });

    expect(createdPerDay(overview)).toEqual([
      { day: '2026-11-27', contacts: 0, companies: 2 },
      { day: '2026-11-28', contacts: 5, companies: 1 },
      { day: '2026-11-29', contacts: 7, companies: 0 },
    ]);
  });

  it('gives shares of all contacts, and none of no contacts', () => {
    expect(completenessShares(buildOverview()).map(({ label, share }) => [label, share])).toEqual([
      ['E-mail', 1],
      ['Phone', 0.6],
      ['Title', 0.5],
      ['Company', 0.8],
    ]);
    const empty = buildOverview({
      completeness: { contacts: 0, withEmail: 0, withPhone: 0, withTitle: 0, withCompany: 0 },
    });
    expect(completenessShares(empty).every(({ share }) => share === 0)).toBe(true);
  });

  it('sums a series, finds its busiest entry and reads days as calendar days', () => {
    const days = [
      { day: '2026-11-01', rows: 3 },
      { day: '2026-11-02', rows: 9 },
    ];
    expect(sumOf(days, (d) => d.rows)).toBe(12);
    expect(peakOf(days, (d) => d.rows)?.day).toBe('2026-11-02');
    expect(peakOf([{ day: '2026-11-01', rows: 0 }], (d) => d.rows)).toBeUndefined();
    expect(formatDay('2026-11-01')).toBe(new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(2026, 10, 1)));
  });
});
