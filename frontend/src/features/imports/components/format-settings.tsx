import { ProblemAlert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/form';
import { formatBytes, formatCount } from '@/lib/format';

import { useChangeImportFormat, type FormatRequest } from '@/features/imports/api/change-import-format';
import type { ImportView } from '@/features/imports/api/get-import';
import {
  choicesFor,
  chosenSettings,
  confidenceText,
  DELIMITERS,
  encodingChoices,
  HEADER_ROW,
  labelOf,
  QUOTES,
} from '@/features/imports/utils/file-format';

type FormatSettingsProps = {
  view: ImportView;
  /** Viewers see the settings but cannot change them. */
  readOnly?: boolean;
};

/** "Detected: X · high confidence (92 %)", or "Your choice; detected: X" for a setting the user chose. */
function hint(detected: string, confidence: number | null | undefined, chosen: boolean) {
  if (chosen) {
    return `Your choice; detected: ${detected}`;
  }
  const sure = confidenceText(confidence);
  return sure ? `Detected: ${detected} · ${sure}` : `Detected: ${detected}`;
}

/**
 * How the file is read: encoding, delimiter, quote and whether the first row is a header, each
 * preset to what was detected, with how sure detection was. Changing one reads the file again,
 * with new sample rows and suggestions; the settings chosen before are kept.
 */
export function FormatSettings({ view, readOnly = false }: FormatSettingsProps) {
  const change = useChangeImportFormat(view.id);
  const { format, detected } = view;
  const disabled = readOnly || change.isPending;

  const chosen = chosenSettings(format, detected);
  const confidence = format.confidence;

  function set(setting: keyof FormatRequest, value: string | boolean) {
    change.mutate({ ...chosen, [setting]: value });
  }

  return (
    <div>
      <div className="grid gap-4 sm:grid-cols-2 lg:max-w-4xl lg:grid-cols-4">
        <SelectField
          label="Encoding"
          value={format.encoding}
          disabled={disabled}
          onChange={(event) => set('encoding', event.target.value)}
          hint={hint(
            `${detected.encoding}${view.hasBom ? ' (with byte order mark)' : ''}`,
            confidence?.encoding,
            chosen.encoding !== undefined,
          )}
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
          hint={hint(labelOf(DELIMITERS, detected.delimiter), confidence?.delimiter, chosen.delimiter !== undefined)}
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
        <SelectField
          label="First row"
          value={String(format.hasHeader)}
          disabled={disabled}
          onChange={(event) => set('hasHeader', event.target.value === 'true')}
          hint={hint(labelOf(HEADER_ROW, String(detected.hasHeader)), confidence?.header, chosen.hasHeader !== undefined)}
        >
          {HEADER_ROW.map(({ value, label }) => (
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
