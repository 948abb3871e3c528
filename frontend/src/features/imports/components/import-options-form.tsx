import { useId, useState } from 'react';

import { TextField } from '@/components/ui/form';

import {
  isValidCountryCode,
  type ExistingPolicy,
  type ImportOptions,
} from '@/features/imports/utils/mapping';

export const POLICIES = [
  {
    value: 'FILL_BLANKS',
    label: 'Fill blanks only',
    description: 'Existing contacts keep their values; the file only fills in what is empty.',
  },
  {
    value: 'OVERWRITE',
    label: 'Overwrite',
    description: 'The file’s values replace those of existing contacts.',
  },
] as const satisfies readonly { value: ExistingPolicy; label: string; description: string }[];

type ImportOptionsFormProps = {
  value: ImportOptions;
  /** Sample rows with fewer fields than the header; the fill option is offered when there are any. */
  shortRows?: number;
  onChange: (options: ImportOptions) => void;
  readOnly?: boolean;
};

/**
 * What happens to contacts that exist already, phones without a country code, rows without e-mail,
 * and (when the sample has any) rows with too few fields.
 */
export function ImportOptionsForm({
  value,
  onChange,
  shortRows = 0,
  readOnly = false,
}: ImportOptionsFormProps) {
  const id = useId();
  // Half a code is normal while typing; it only counts as wrong once the user moves on.
  const [countryLeft, setCountryLeft] = useState(false);
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Existing contacts</legend>
        <p className="text-xs text-slate-500">Contacts are matched by e-mail address.</p>
        <div className="mt-2 space-y-2">
          {POLICIES.map((policy) => (
            <label key={policy.value} className="flex gap-3 text-sm">
              <input
                type="radio"
                name={`${id}-existing`}
                value={policy.value}
                checked={value.existing === policy.value}
                disabled={readOnly}
                aria-describedby={`${id}-${policy.value}`}
                onChange={() => onChange({ ...value, existing: policy.value })}
                className="mt-0.5 size-4 accent-indigo-600"
              />
              <span>
                <span className="block font-medium text-slate-800">{policy.label}</span>
                <span id={`${id}-${policy.value}`} className="block text-xs text-slate-500">
                  {policy.description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label="Default country for phone numbers"
        value={value.defaultCountry}
        placeholder="e.g. DE"
        maxLength={2}
        autoComplete="off"
        spellCheck={false}
        disabled={readOnly}
        onBlur={() => setCountryLeft(true)}
        onChange={(event) =>
          onChange({ ...value, defaultCountry: event.target.value.toUpperCase().replace(/[^A-Z]/g, '') })
        }
        hint="Two letters (ISO 3166). Numbers without a country code are read as this country’s."
        error={
          countryLeft && !isValidCountryCode(value.defaultCountry)
            ? 'Enter two letters, such as DE or US.'
            : undefined
        }
      />
      <label className="flex gap-3 text-sm">
        <input
          type="checkbox"
          checked={value.allowWithoutEmail}
          disabled={readOnly}
          aria-describedby={`${id}-without-email`}
          onChange={(event) => onChange({ ...value, allowWithoutEmail: event.target.checked })}
          className="mt-0.5 size-4 rounded accent-indigo-600"
        />
        <span>
          <span className="block font-medium text-slate-800">Import contacts without e-mail</span>
          <span id={`${id}-without-email`} className="block text-xs text-slate-500">
            Rows without an address are kept instead of rejected; they cannot be matched to
            existing contacts later.
          </span>
        </span>
      </label>
      {(shortRows > 0 || !value.fillMissingValues) && (
        <label className="flex gap-3 text-sm md:col-span-3">
          <input
            type="checkbox"
            checked={value.fillMissingValues}
            disabled={readOnly}
            aria-describedby={`${id}-fill-missing`}
            onChange={(event) => onChange({ ...value, fillMissingValues: event.target.checked })}
            className="mt-0.5 size-4 rounded accent-indigo-600"
          />
          <span>
            <span className="block font-medium text-slate-800">Fill missing trailing values with blanks</span>
            <span id={`${id}-fill-missing`} className="block text-xs text-slate-500">
              {shortRows > 0
                ? `${shortRows} of the first rows ${shortRows === 1 ? 'has' : 'have'} fewer fields than the header. `
                : ''}
              Such rows are imported with the missing last values left blank, each with a warning;
              untick to reject them instead. Rows with extra non-empty fields are always rejected.
            </span>
          </span>
        </label>
      )}
    </div>
  );
}
