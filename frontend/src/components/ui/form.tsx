import { useId, type ComponentProps, type ReactNode } from 'react';

const CONTROL_BASE =
  'rounded-md border-0 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-xs ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 focus:outline-none aria-[invalid=true]:ring-red-400 disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500';

const CONTROL = `block w-full ${CONTROL_BASE}`;

/** Classes of a bare input or select without a width, for controls that bring their own label. */
export const controlClassName = CONTROL_BASE;

type FieldProps = {
  label: string;
  /** Help shown under the control while there is no error. */
  hint?: ReactNode;
  /** The reason the value was rejected; marks the control invalid. */
  error?: string;
  className?: string;
};

function FieldShell({
  id,
  label,
  hint,
  error,
  className = '',
  children,
}: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <div className="mt-1.5">{children}</div>
      {error ? (
        <p id={`${id}-message`} className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-message`} className="mt-1.5 text-xs text-slate-500">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

type TextFieldProps = FieldProps & Omit<ComponentProps<'input'>, 'className' | 'id'>;

export function TextField({ label, hint, error, className, ...inputProps }: TextFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-message` : undefined}
        className={CONTROL}
        {...inputProps}
      />
    </FieldShell>
  );
}

type SelectFieldProps = FieldProps & Omit<ComponentProps<'select'>, 'className' | 'id'>;

export function SelectField({
  label,
  hint,
  error,
  className,
  children,
  ...selectProps
}: SelectFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-message` : undefined}
        className={`${CONTROL} pr-8`}
        {...selectProps}
      >
        {children}
      </select>
    </FieldShell>
  );
}
