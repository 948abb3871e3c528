import { useId } from 'react';

// A <meter>, not a styled <div>: the server's CSP forbids style attributes. The browser picks
// the optimum, sub-optimum or poor pseudo-element from low/high/optimum.
const METER =
  'block h-1.5 w-20 appearance-none overflow-hidden rounded-full bg-slate-100 [&::-webkit-meter-bar]:h-1.5 [&::-webkit-meter-bar]:rounded-full [&::-webkit-meter-bar]:border-0 [&::-webkit-meter-bar]:bg-slate-100 [&::-webkit-meter-optimum-value]:rounded-full [&::-webkit-meter-optimum-value]:bg-emerald-500 [&::-webkit-meter-suboptimum-value]:rounded-full [&::-webkit-meter-suboptimum-value]:bg-amber-400 [&::-webkit-meter-even-less-good-value]:rounded-full [&::-webkit-meter-even-less-good-value]:bg-red-400 [&::-moz-meter-bar]:rounded-full';

type ConfidenceMeterProps = {
  /** 0 to 1. */
  confidence: number;
  /** The evidence behind the suggestion, shown on hover and focus. */
  reason: string;
  /** Names the meter, e.g. "Confidence for “E-Mail”". */
  label: string;
};

/** How sure the suggestion is, as a bar and a percentage; the reason in a tooltip. */
export function ConfidenceMeter({ confidence, reason, label }: ConfidenceMeterProps) {
  const tooltipId = useId();
  const percent = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  return (
    <span
      // Focusable so keyboard users reach the reason too.
      tabIndex={0}
      aria-describedby={reason ? tooltipId : undefined}
      className="group relative inline-flex items-center gap-2 rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
    >
      <meter
        aria-label={label}
        min={0}
        max={1}
        low={0.5}
        high={0.8}
        optimum={1}
        value={confidence}
        className={METER}
      />
      <span className="w-9 text-right text-xs text-slate-700 tabular-nums">{percent}%</span>
      {reason && (
        <span
          id={tooltipId}
          role="tooltip"
          className="invisible absolute top-full left-0 z-10 mt-2 w-64 rounded-md bg-slate-900 px-2.5 py-1.5 text-left text-xs font-normal whitespace-normal text-white opacity-0 shadow-lg transition-opacity group-hover:visible group-hover:opacity-100 group-focus-visible:visible group-focus-visible:opacity-100"
        >
          {reason}
        </span>
      )}
    </span>
  );
}
