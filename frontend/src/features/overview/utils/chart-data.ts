import type { OverviewView } from '@/features/overview/api/get-overview';

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "Nov 3" for an ISO date ("2026-11-03"), read as the calendar day it names. */
export function formatDay(day: string): string {
  const time = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(time.getTime()) ? day : dayFormat.format(time);
}

/** "Tue, Nov 3", for tooltips. */
export function formatLongDay(day: string): string {
  const time = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(time.getTime()) ? day : longDayFormat.format(time);
}

export type CreatedPerDay = { day: string; contacts: number; companies: number };

/** Contacts and companies created, one entry per day of the window. */
export function createdPerDay(overview: OverviewView): CreatedPerDay[] {
  const companies = new Map(overview.companiesPerDay.map(({ day, created }) => [day, created]));
  const days = new Map<string, CreatedPerDay>();
  for (const { day, created } of overview.contactsPerDay) {
    days.set(day, { day, contacts: created, companies: companies.get(day) ?? 0 });
  }
  for (const [day, created] of companies) {
    if (!days.has(day)) {
      days.set(day, { day, contacts: 0, companies: created });
    }
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The sum of one number over a series. */
export function sumOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((sum, item) => sum + value(item), 0);
}

/** The entry with the largest value, or undefined when every value is 0. */
export function peakOf<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  let peak: T | undefined;
  for (const item of items) {
    if (value(item) > 0 && (peak === undefined || value(item) > value(peak))) {
      peak = item;
    }
  }
  return peak;
}

export type CompletenessShare = { key: string; label: string; count: number; share: number };

/** How many contacts have each kind of data, as counts and shares (0..1) of all contacts. */
export function completenessShares({ completeness }: OverviewView): CompletenessShare[] {
  const all = completeness.contacts;
  const share = (count: number) => (all > 0 ? count / all : 0);
  return [
    { key: 'withEmail', label: 'E-mail', count: completeness.withEmail, share: share(completeness.withEmail) },
    { key: 'withPhone', label: 'Phone', count: completeness.withPhone, share: share(completeness.withPhone) },
    { key: 'withTitle', label: 'Title', count: completeness.withTitle, share: share(completeness.withTitle) },
    {
      key: 'withCompany',
      label: 'Company',
      count: completeness.withCompany,
      share: share(completeness.withCompany),
    },
  ];
}
