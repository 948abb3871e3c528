import { useMemo, useState } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorFallback } from '@/components/ui/error-fallback';
import { InfoIcon } from '@/components/ui/icons';
import { Panel } from '@/components/ui/panel';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { formatCount } from '@/lib/format';

import type { ImportView } from '@/features/imports/api/get-import';
import { useImportPreview, type PreviewRow } from '@/features/imports/api/preview-import';
import { useStartImport } from '@/features/imports/api/start-import';
import { FormatSettings } from '@/features/imports/components/format-settings';
import { ImportOptionsForm } from '@/features/imports/components/import-options-form';
import { ImportPreview } from '@/features/imports/components/import-preview';
import { ImportSteps, type SetupStep } from '@/features/imports/components/import-steps';
import { MappingTable } from '@/features/imports/components/mapping-table';
import {
  buildMappingRequest,
  describeConflict,
  initialChoices,
  initialOptions,
  isValidCountryCode,
  mappingConflicts,
  mappingProblems,
  type ColumnChoice,
  type ImportOptions,
} from '@/features/imports/utils/mapping';

const PREVIEW_DELAY_MS = 400;

type ImportSetupProps = {
  view: ImportView;
  /** Viewers see the setup and its preview but cannot change or start it. */
  canImport: boolean;
};

/**
 * An uploaded file before it is imported, as steps: map the columns (format, mapping, options),
 * review the rows as they would be stored, and Start, which stays at hand at the foot of the
 * screen on every step.
 */
export function ImportSetup({ view, canImport }: ImportSetupProps) {
  const [choices, setChoices] = useChoices(view);
  const [options, setOptions] = useState<ImportOptions>(() => initialOptions(view));
  // One key per page: a second click, or a retry after a lost answer, starts nothing new.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const start = useStartImport(view.id);

  const conflicts = useMemo(() => mappingConflicts(choices, view.headers), [choices, view.headers]);
  const request = useMemo(() => buildMappingRequest(choices, options), [choices, options]);
  const ready = conflicts.length === 0 && isValidCountryCode(options.defaultCountry);
  const preview = useImportPreview(view.id, useDebouncedValue(ready ? request : null, PREVIEW_DELAY_MS));
  const previewProblems = mappingProblems(preview.error);
  const startProblems = mappingProblems(start.error);
  const imported = choices.filter(({ field }) => field !== 'IGNORE').length;
  const [step, setStep] = useState<SetupStep>('map');

  function change(choice: ColumnChoice) {
    setChoices(choices.map((current) => (current.column === choice.column ? choice : current)));
  }

  const summary = previewSummary(preview.data);
  const previewPanel = (
    <Panel
      title="Preview"
      description="The first rows of the file as they will be imported, with the reason for every warning and rejection. Nothing is saved yet."
    >
      {!ready ? (
        <p className="text-sm text-slate-500">Resolve the problems in the mapping to see the preview.</p>
      ) : previewProblems ? (
        <ProblemList title="The mapping cannot be used" problems={previewProblems} />
      ) : preview.isError && !preview.data ? (
        <ErrorFallback error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <ImportPreview rows={preview.data} updating={preview.isFetching && preview.isPlaceholderData} />
      )}
    </Panel>
  );

  return (
    <div className="space-y-6">
      <ImportSteps current={step} onSelect={setStep} />
      {!canImport && (
        <p className="flex items-center gap-3 rounded-lg bg-sky-50 p-4 text-sm text-sky-800 ring-1 ring-sky-200 ring-inset">
          <InfoIcon className="size-5 shrink-0 text-sky-500" />
          Viewers see how a file would be imported; owners, admins and members set it up and start
          it.
        </p>
      )}
      {step === 'review' ? (
        previewPanel
      ) : (
        <>
          <Panel
            title="File format"
            description="Detected from the file; change a setting if the columns look wrong."
          >
            <FormatSettings view={view} readOnly={!canImport} />
          </Panel>

          <Panel
            title="Column mapping"
            description="Where each column goes. Suggestions come from the header and the values; hover a confidence to see why."
          >
            <MappingTable
              view={view}
              choices={choices}
              conflicts={conflicts}
              onChange={change}
              readOnly={!canImport}
            />
            {conflicts.length > 0 && (
              <Alert title="Some columns go to the same place" className="mt-4">
                <ul className="list-disc pl-5">
                  {conflicts.map((conflict) => (
                    <li key={conflict.columns.join()}>{describeConflict(conflict, view.headers)}</li>
                  ))}
                </ul>
              </Alert>
            )}
            {previewProblems && (
              <ProblemList title="The mapping cannot be used" problems={previewProblems} className="mt-4" />
            )}
          </Panel>

          <Panel title="Options">
            <ImportOptionsForm
              value={options}
              onChange={setOptions}
              shortRows={view.shortSampleRows}
              readOnly={!canImport}
            />
          </Panel>
        </>
      )}

      <section
        aria-label="Start"
        className="sticky bottom-0 z-10 flex flex-wrap items-center justify-between gap-4 rounded-xl bg-white/95 p-5 shadow-lg ring-1 ring-slate-200 backdrop-blur"
      >
        <div className="text-sm text-slate-600">
          <p>
            {imported} of {view.headers.length} columns will be imported from about{' '}
            {formatCount(view.estimatedRows)} rows.
          </p>
          <p className="text-xs text-slate-500" aria-live="polite">
            {!ready
              ? 'The mapping has problems to resolve first.'
              : previewProblems
                ? 'The mapping cannot be used as it is.'
                : summary
                  ? summary
                  : 'Checking the first rows…'}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {step === 'map' ? (
            <Button onClick={() => setStep('review')}>Next: review rows</Button>
          ) : (
            <Button onClick={() => setStep('map')}>Back to mapping</Button>
          )}
          {canImport && (
            <Button
              variant="primary"
              className="px-4 py-2"
              disabled={!ready || start.isPending}
              onClick={() => start.mutate({ request, idempotencyKey })}
            >
              {start.isPending ? 'Starting…' : 'Start import'}
            </Button>
          )}
        </div>
        {canImport && (
          <p className="w-full text-xs text-slate-500">
            The mapping is remembered for the next file with the same columns.
          </p>
        )}
        {startProblems ? (
          <ProblemList
            title="The import cannot start with this mapping"
            problems={startProblems}
            className="w-full"
          />
        ) : (
          start.isError && (
            <ProblemAlert
              error={start.error}
              action="Could not start the import"
              onDismiss={() => start.reset()}
              className="w-full"
            />
          )
        )}
      </section>
    </div>
  );
}

/** "Of the first 100 rows: 96 ready, 3 with warnings, 1 rejected." */
export function previewSummary(rows: readonly PreviewRow[] | undefined): string | undefined {
  if (rows === undefined) {
    return undefined;
  }
  const rejected = rows.filter((row) => !row.contact).length;
  const warned = rows.filter((row) => row.contact && (row.issues ?? []).length > 0).length;
  const parts = [`${formatCount(rows.length - rejected - warned)} ready`];
  if (warned > 0) {
    parts.push(`${formatCount(warned)} with warnings`);
  }
  if (rejected > 0) {
    parts.push(`${formatCount(rejected)} rejected`);
  }
  return `Of the first ${formatCount(rows.length)} ${rows.length === 1 ? 'row' : 'rows'}: ${parts.join(', ')}.`;
}

/**
 * The user's choice per column. When the file is read differently (other columns, new
 * suggestions) the choices start over from what the API says now.
 */
function useChoices(view: ImportView) {
  const shape = JSON.stringify([view.format, view.headers, view.mapping]);
  const [state, setState] = useState(() => ({ shape, choices: initialChoices(view) }));
  const current = state.shape === shape ? state : { shape, choices: initialChoices(view) };
  if (current !== state) {
    setState(current);
  }
  const setChoices = (choices: ColumnChoice[]) => setState({ shape, choices });
  return [current.choices, setChoices] as const;
}

function ProblemList({
  title,
  problems,
  className,
}: {
  title: string;
  problems: readonly string[];
  className?: string;
}) {
  return (
    <Alert title={title} className={className}>
      <ul className="list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Alert>
  );
}
