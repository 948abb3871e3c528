import { controlClassName } from '@/components/ui/form';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';

import type { ImportView } from '@/features/imports/api/get-import';
import { ConfidenceMeter } from '@/features/imports/components/confidence-meter';
import {
  fieldLabel,
  samplesOf,
  TARGET_FIELDS,
  type ColumnChoice,
  type MappingConflict,
  type TargetField,
} from '@/features/imports/utils/mapping';

type MappingTableProps = {
  view: Pick<ImportView, 'headers' | 'sampleRows' | 'suggestions'>;
  choices: readonly ColumnChoice[];
  conflicts: readonly MappingConflict[];
  onChange: (choice: ColumnChoice) => void;
  /** Viewers see the mapping but cannot change it. */
  readOnly?: boolean;
};

/**
 * One row per column of the file: its header and a few values, where it goes, and how sure
 * the suggestion was. A custom attribute gets a name (the header unless changed).
 */
export function MappingTable({ view, choices, conflicts, onChange, readOnly = false }: MappingTableProps) {
  return (
    <Table label="Column mapping">
      <TableHead>
        <Th>Column</Th>
        <Th>Sample values</Th>
        <Th>Import as</Th>
        <Th>Confidence</Th>
      </TableHead>
      <TableBody>
        {choices.map((choice) => (
          <MappingRow
            key={choice.column}
            header={view.headers[choice.column] ?? `Column ${choice.column + 1}`}
            samples={samplesOf(view.sampleRows, choice.column)}
            suggestion={view.suggestions.find(({ column }) => column === choice.column)}
            choice={choice}
            conflicting={conflicts.some(({ columns }) => columns.includes(choice.column))}
            onChange={onChange}
            readOnly={readOnly}
          />
        ))}
      </TableBody>
    </Table>
  );
}

type MappingRowProps = {
  header: string;
  samples: string[];
  suggestion: ImportView['suggestions'][number] | undefined;
  choice: ColumnChoice;
  conflicting: boolean;
  onChange: (choice: ColumnChoice) => void;
  readOnly: boolean;
};

function MappingRow({
  header,
  samples,
  suggestion,
  choice,
  conflicting,
  onChange,
  readOnly,
}: MappingRowProps) {
  const ignored = choice.field === 'IGNORE';
  return (
    <tr className={conflicting ? 'bg-amber-50/70' : ignored ? 'bg-slate-50/60' : undefined}>
      <Td className="align-top">
        <span className={`block font-medium ${ignored ? 'text-slate-500' : 'text-slate-900'}`}>
          {header}
        </span>
        <span className="block text-xs text-slate-500">Column {choice.column + 1}</span>
      </Td>
      <Td className="align-top">
        {samples.length === 0 ? (
          <span className="text-xs text-slate-500">No values in the sample</span>
        ) : (
          <ul className="space-y-0.5 text-xs text-slate-600">
            {samples.map((value) => (
              <li key={value} className="max-w-56 truncate font-mono" title={value}>
                {value}
              </li>
            ))}
          </ul>
        )}
      </Td>
      <Td className="align-top">
        <select
          aria-label={`Import “${header}” as`}
          aria-invalid={conflicting || undefined}
          value={choice.field}
          disabled={readOnly}
          onChange={(event) => {
            const field = event.target.value as TargetField;
            onChange({ ...choice, field, attribute: field === 'CUSTOM' ? header : '' });
          }}
          className={`${controlClassName} w-48 py-1 pr-8 pl-2.5 aria-[invalid=true]:ring-amber-500`}
        >
          {TARGET_FIELDS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {choice.field === 'CUSTOM' && (
          <input
            type="text"
            aria-label={`Attribute name for “${header}”`}
            value={choice.attribute}
            placeholder={header}
            maxLength={100}
            disabled={readOnly}
            onChange={(event) => onChange({ ...choice, attribute: event.target.value })}
            className={`${controlClassName} mt-1.5 block w-48 py-1 pl-2.5`}
          />
        )}
      </Td>
      <Td className="align-top">
        {suggestion?.confidence === undefined ? (
          <span className="text-xs text-slate-500">No suggestion</span>
        ) : (
          <>
            <ConfidenceMeter
              confidence={suggestion.confidence}
              reason={suggestion.reason ?? ''}
              label={`Confidence for “${header}”`}
            />
            {suggestion.field && suggestion.field !== choice.field && (
              <span className="mt-1 block text-xs text-slate-500">
                Suggested: {fieldLabel(suggestion.field)}
              </span>
            )}
          </>
        )}
      </Td>
    </tr>
  );
}
