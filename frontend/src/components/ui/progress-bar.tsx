// Literal class names so Tailwind finds them. The value bar's width animates between updates.
// A <progress> element, not a styled <div>: the server's CSP forbids style attributes.
const BAR =
  'block w-full appearance-none overflow-hidden rounded-full bg-slate-100 [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:transition-[width] [&::-webkit-progress-value]:duration-700 [&::-webkit-progress-value]:ease-out [&::-moz-progress-bar]:rounded-full [&:indeterminate::-webkit-progress-bar]:bg-indigo-100 [&:indeterminate]:motion-safe:animate-pulse';

const FILLS = {
  indigo: '[&::-webkit-progress-value]:bg-indigo-600 [&::-moz-progress-bar]:bg-indigo-600',
  emerald: '[&::-webkit-progress-value]:bg-emerald-500 [&::-moz-progress-bar]:bg-emerald-500',
  red: '[&::-webkit-progress-value]:bg-red-500 [&::-moz-progress-bar]:bg-red-500',
  amber: '[&::-webkit-progress-value]:bg-amber-500 [&::-moz-progress-bar]:bg-amber-500',
} as const;

export type ProgressTone = keyof typeof FILLS;

type ProgressBarProps = {
  /** Accessible name, e.g. "Progress of run #7". */
  label: string;
  /** 0 to 100, or null while the total is unknown (an indeterminate bar). */
  value: number | null;
  /** What a screen reader hears instead of the bare percentage. */
  valueText?: string;
  tone?: ProgressTone;
  size?: 'sm' | 'lg';
  className?: string;
};

/** A rounded progress bar in the dashboard's colours. */
export function ProgressBar({
  label,
  value,
  valueText,
  tone = 'indigo',
  size = 'sm',
  className = '',
}: ProgressBarProps) {
  return (
    <progress
      aria-label={label}
      aria-valuetext={valueText}
      max={100}
      {...(value === null ? {} : { value: Math.min(100, Math.max(0, value)) })}
      className={`${BAR} ${FILLS[tone]} ${size === 'lg' ? 'h-3' : 'h-2'} ${className}`}
    />
  );
}
