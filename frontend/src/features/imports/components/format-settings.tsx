import { ProblemAlert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/form';
import { formatBytes, formatCount } from '@/lib/format';

import { useChangeImportFormat, type FormatRequest } from '@/features/imports/api/change-import-format';
import type { ImportView } from '@/features/imports/api/get-import';
import {
  choicesFor,
  DELIMITERS,
  encodingChoices,
  labelOf,
  QUOTES,
} from '@/features/imports/utils/file-format';

type FormatSettingsProps = {
  view: ImportView;
  /** Viewers see the settings but cannot change them. */
  readOnly?: boolean;
};

/**
 * How the file is read: encoding, delimiter and quote, each preset to what was detected.
 * Changing one reads the file again, with new sample rows and suggestions.
 */
export function FormatSettings({ view, readOnly = false }: FormatSettingsProps) {
  const change = useChangeImportFormat(view.id);
  const { format, detected } = view;
  const disabled = readOnly || change.isPending;

  function set(setting: keyof FormatRequest, value: string) {
    change.mutate({ [setting]: value });
  }

  return (
    <div>
      <div className="grid gap-4 sm:grid-cols-3 lg:max-w-3xl">
        <SelectField
          label="Encoding"
          value={format.encoding}
          disabled={disabled}
          onChange={(event) => set('encoding', event.target.value)}
          hint={`Detected: ${detected.encoding}${view.hasBom ? ' (with byte order mark)' : ''}`}
        >
          {encodingChoices(format.encoding).map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Delimiter"
          value={format.delimiter}
          disabled={disabled}
          onChange={(event) => set('delimiter', event.target.value)}
          hint={`Detected: ${labelOf(DELIMITERS, detected.delimiter)}`}
        >
          {choicesFor(DELIMITERS, format.delimiter).map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Quote"
          value={format.quote}
          disabled={disabled}
          onChange={(event) => set('quote', event.target.value)}
          hint={`Detected: ${labelOf(QUOTES, detected.quote)}`}
        >
          {choicesFor(QUOTES, format.quote).map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <p role="status" className="mt-4 text-xs text-slate-500">
        {change.isPending
          ? 'Reading the file again…'
          : `${formatBytes(view.sizeBytes)} · about ${formatCount(view.estimatedRows)} ${view.estimatedRows === 1 ? 'row' : 'rows'} · ${view.headers.length} columns`}
      </p>
      {change.isError && (
        <ProblemAlert
          error={change.error}
          action="Could not read the file with that setting"
          onDismiss={() => change.reset()}
          className="mt-4"
        />
      )}
    </div>
  );
}
