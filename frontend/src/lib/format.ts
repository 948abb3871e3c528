const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const shortDateTimeFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

/** An ISO-8601 instant in the reader's locale and time zone; unparseable input comes back as is. */
export function formatDateTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : dateTimeFormat.format(time);
}

export function formatDate(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : dateFormat.format(time);
}

export function formatTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : timeFormat.format(time);
}

/** Without the year, for narrow table cells: "Nov 29, 6:36:41 PM". */
export function formatShortDateTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : shortDateTimeFormat.format(time);
}

/**
 * The value of an `<input type="datetime-local">` (local wall time, no zone) as an ISO-8601
 * instant, or undefined when it is empty or not a time.
 */
export function localDateTimeToInstant(value: string): string | undefined {
  if (!value) {
    return undefined;
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

const countFormat = new Intl.NumberFormat();
const rateFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A whole count with the reader's digit grouping: 12,345. */
export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** A rate with at most one decimal: 12.5. */
export function formatRate(value: number): string {
  return rateFormat.format(value);
}

/** How long from `startIso` to `endIso` (or to now), as "1 h 2 min", "3 min 4 s" or "5 s". */
export function formatDuration(startIso: string, endIso?: string | null, now = Date.now()): string {
  const start = new Date(startIso).getTime();
  const end = endIso ? new Date(endIso).getTime() : now;
  if (Number.isNaN(start) || Number.isNaN(end)) {
    return '';
  }
  const seconds = Math.max(0, Math.round((end - start) / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) {
    return `${hours} h ${minutes} min`;
  }
  if (minutes > 0) {
    return `${minutes} min ${seconds % 60} s`;
  }
  return `${seconds} s`;
}

const byteUnits = ['B', 'KB', 'MB', 'GB'] as const;
const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A file size in the largest unit that keeps it at or above 1: "512 B", "1.5 MB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${sizeFormat.format(value)} ${byteUnits[unit]}`;
}

const compactFormat = new Intl.NumberFormat(undefined, {
  notation: 'compact',
  maximumFractionDigits: 1,
});

/**
 * How many things there are, from a count the API may only have estimated: "1 contact",
 * "12,345 contacts", or "about 1.2M contacts" when `exact` is false.
 */
export function formatTotal(
  { value, exact }: { value: number; exact: boolean },
  [one, many]: readonly [singular: string, plural: string],
): string {
  const noun = value === 1 && exact ? one : many;
  return exact ? `${countFormat.format(value)} ${noun}` : `about ${compactFormat.format(value)} ${noun}`;
}

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** `part` of `whole` as a whole percentage ("42%"); 0% of nothing. */
export function formatShare(part: number, whole: number): string {
  return percentFormat.format(whole > 0 ? part / whole : 0);
}

let regionNames: Intl.DisplayNames | undefined;

/** The reader's name for an ISO 3166 alpha-2 code ("DE" -> "Germany"), else the code. */
export function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames(undefined, { type: 'region', fallback: 'code' });
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

const monthDayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** For narrow columns: "Nov 29" this year, "Nov 29, 2025" in any other. */
export function formatCompactDate(iso: string, now = new Date()): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) {
    return iso;
  }
  return time.getFullYear() === now.getFullYear() ? monthDayFormat.format(time) : dateFormat.format(time);
}
