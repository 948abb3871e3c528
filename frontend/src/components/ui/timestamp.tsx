import { formatDate, formatDateTime, formatShortDateTime, formatTime } from '@/lib/format';

type TimestampProps = {
  value: string | null;
  /** What a screen reader hears for a missing time. */
  missing?: string;
  /** One short line without the year; the full date and time stay in the tooltip. */
  short?: boolean;
};

/** An instant as date over time (or one short line), or a dash when it is null. */
export function Timestamp({ value, missing = 'not yet', short = false }: TimestampProps) {
  if (value === null) {
    return (
      <span className="text-slate-500">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{missing}</span>
      </span>
    );
  }
  return (
    <time dateTime={value} title={formatDateTime(value)} className="whitespace-nowrap">
      {short ? (
        formatShortDateTime(value)
      ) : (
        <>
          <span className="block">{formatDate(value)}</span>
          <span className="block text-xs text-slate-500">{formatTime(value)}</span>
        </>
      )}
    </time>
  );
}
