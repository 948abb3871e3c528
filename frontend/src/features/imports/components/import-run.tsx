import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { Panel } from '@/components/ui/panel';
import { ProgressBar, type ProgressTone } from '@/components/ui/progress-bar';
import { Timestamp } from '@/components/ui/timestamp';
import { formatCount, formatRate } from '@/lib/format';

import { useDownloadImportIssues } from '@/features/imports/api/download-import-issues';
import type { ImportView } from '@/features/imports/api/get-import';
import { useStopImport } from '@/features/imports/api/stop-import';
import { POLICIES } from '@/features/imports/components/import-options-form';
import { ImportStatusBadge } from '@/features/imports/components/import-status-badge';
import {
  addSample,
  describeRemaining,
  rowsPerSecond,
  secondsRemaining,
  type RowsSample,
} from '@/features/imports/utils/import-rate';
import { isActive, isHalted, type ImportStatus } from '@/features/imports/utils/import-status';
import { fieldLabel, initialChoices } from '@/features/imports/utils/mapping';

type ImportRunProps = {
  view: ImportView;
  /** Whether the signed-in user may stop the import (everyone who may start one). */
  canImport: boolean;
};

/** A started import: its live progress, then what became of every row and how it was mapped. */
export function ImportRun({ view, canImport }: ImportRunProps) {
  const live = isActive(view.status);
  const watchedItFinish = useWatchedItFinish(view.status);
  return (
    <div className="space-y-6">
      <Panel title="Progress">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <LiveIndicator live={live}>Live: refreshing every second while the import runs</LiveIndicator>
          {canImport && (view.status === 'QUEUED' || view.status === 'RUNNING') && (
            <StopImport view={view} />
          )}
        </div>
        <RunFacts view={view} live={live} />
        <div className="mt-5">
          <RowsProgress view={view} />
        </div>
        <Outcome view={view} announce={watchedItFinish} />
      </Panel>
      <Panel
        title={view.status === 'COMPLETED' ? 'Result' : 'Counts so far'}
        description={`Every row read is inserted, updated, unchanged (an existing contact it would not change), merged as a duplicate of an earlier row, or rejected.${
          view.status !== 'COMPLETED' && view.counts.staged === null && view.counts.rows > 0
            ? ' Contacts are counted as they are written, once the whole file is read.'
            : ''
        }`}
      >
        <ImportCounts counts={view.counts} />
        <CreatedContactsLink view={view} />
        {!live && <IssueDownloads view={view} />}
      </Panel>
      <MappingUsed view={view} />
    </div>
  );
}

/**
 * Whether this page saw the import end: the outcome is then announced to screen readers
 * (and shown as a notice); an import that had ended before the page opened is not news.
 */
function useWatchedItFinish(status: ImportStatus): boolean {
  const sawActive = useRef(isActive(status));
  if (isActive(status)) {
    sawActive.current = true;
  }
  return sawActive.current && !isActive(status);
}

/** Stop, behind a confirmation that says what stays and what happens next. */
function StopImport({ view }: { view: ImportView }) {
  const [confirming, setConfirming] = useState(false);
  const stop = useStopImport(view.id);
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" onClick={() => setConfirming(true)} disabled={stop.isPending}>
        Stop import
      </Button>
      {stop.isError && (
        <ProblemAlert error={stop.error} action="Could not stop the import" onDismiss={() => stop.reset()} />
      )}
      <Dialog
        open={confirming}
        onClose={() => {
          if (!stop.isPending) {
            setConfirming(false);
          }
        }}
        role="alertdialog"
        title={`Stop importing ${view.fileName}?`}
        description={
          view.status === 'QUEUED'
            ? 'The import has not started yet; nothing has been imported.'
            : view.counts.staged === null
              ? `${formatCount(view.counts.rows)} rows have been read so far; contacts are written once the whole file is read. The rows read stay ready for a restart: owners and admins can restart the import later from its run, and it carries on where it stopped.`
              : `${formatCount(view.counts.merged)} of ${formatCount(view.counts.staged)} contacts have been written. Contacts already written stay; the import stops after the block it is working on. Owners and admins can restart it later from its run, and it carries on where it stopped.`
        }
      >
        <div className="flex justify-end gap-3">
          <Button onClick={() => setConfirming(false)} disabled={stop.isPending}>
            Keep importing
          </Button>
          <Button
            variant="danger"
            disabled={stop.isPending}
            onClick={() => stop.mutate(undefined, { onSettled: () => setConfirming(false) })}
          >
            {stop.isPending ? 'Stopping…' : 'Stop import'}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

/** The rows read per second over the last seconds, and the time left at that pace. */
function useRowsRate(view: ImportView): number | null {
  const [samples, setSamples] = useState<RowsSample[]>([]);
  const merging = view.counts.staged !== null;
  // Rows read while the file is read, then contacts written: each phase has its own rate.
  const rows = merging ? view.counts.merged : view.counts.rows;
  const running = view.status === 'RUNNING';
  useEffect(() => {
    setSamples([]);
  }, [merging]);
  useEffect(() => {
    if (running) {
      setSamples((current) => addSample(current, { at: Date.now(), rows }));
    } else {
      setSamples([]);
    }
  }, [rows, running]);
  return running ? rowsPerSecond(samples) : null;
}

/** "View the 1,234 contacts it created": the contacts list filtered by this import. */
function CreatedContactsLink({ view }: { view: ImportView }) {
  const { inserted } = view.counts;
  if (inserted === 0) {
    return null;
  }
  return (
    <p className="mt-4 text-sm">
      <Link
        to="/contacts"
        search={{ importId: view.id }}
        className="font-medium text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        View the {formatCount(inserted)} {inserted === 1 ? 'contact' : 'contacts'} it created
      </Link>
      {view.counts.updated + view.counts.unchanged > 0 && (
        <span className="text-slate-500">
          {' '}
          (contacts it updated or left unchanged were created earlier)
        </span>
      )}
    </p>
  );
}

/** Where each column of the file went, as the import used it. */
function MappingUsed({ view }: { view: ImportView }) {
  return (
    <Panel
      title="Mapping used"
      description={
        view.mapping
          ? 'The columns as they were mapped when the import started.'
          : 'The import started with the suggested mapping.'
      }
    >
      <dl className="grid grid-cols-1 gap-x-8 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {initialChoices(view).map(({ column, field, attribute }) => (
          <div
            key={column}
            className="flex min-w-0 items-baseline justify-between gap-3 border-b border-slate-100 py-1"
          >
            <dt className="truncate text-slate-700" title={view.headers[column]}>
              {view.headers[column]}
            </dt>
            <dd className={`shrink-0 ${field === 'IGNORE' ? 'text-slate-500' : 'font-medium text-slate-900'}`}>
              {field === 'CUSTOM' ? `Attribute “${attribute}”` : fieldLabel(field)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">
        Existing contacts: {POLICIES.find(({ value }) => value === view.options.existing)?.label ?? view.options.existing}
        {view.options.defaultCountry ? ` · default country ${view.options.defaultCountry}` : ''}
        {view.options.allowWithoutEmail ? ' · rows without an e-mail kept' : ''}
      </p>
    </Panel>
  );
}

function RunFacts({ view, live }: { view: ImportView; live: boolean }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm sm:grid-cols-4">
      <Fact label="Status">
        <ImportStatusBadge status={view.status} />
      </Fact>
      <Fact label="Started">
        <Timestamp value={view.startedAt} />
      </Fact>
      <Fact label="Finished">
        <Timestamp value={view.finishedAt} missing={live ? 'not yet' : 'never'} />
      </Fact>
      <Fact label="Job run">
        {view.jobId === null ? (
          '—'
        ) : (
          <Link
            to="/jobs/$runId"
            params={{ runId: String(view.jobId) }}
            className="font-medium text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            Run #{view.jobId}
          </Link>
        )}
      </Fact>
    </dl>
  );
}

const TONES: Readonly<Record<ImportStatus, ProgressTone>> = {
  UPLOADED: 'indigo',
  QUEUED: 'indigo',
  RUNNING: 'indigo',
  STOPPING: 'amber',
  STOPPED: 'amber',
  FAILED: 'red',
  COMPLETED: 'emerald',
  ABANDONED: 'amber',
};

/**
 * An import runs in two phases: it reads the file (rows read of the estimate; the estimate can be off, so the bar
 * stops short until the end), then writes the contacts it staged in e-mail order (written of staged).
 */
function RowsProgress({ view }: { view: ImportView }) {
  const { rows, staged, merged } = view.counts;
  const rate = useRowsRate(view);
  const done = view.status === 'COMPLETED';
  const merging = !done && staged !== null;
  const remaining = merging ? secondsRemaining(merged, staged, rate) : secondsRemaining(rows, view.estimatedRows, rate);
  const percent = done
    ? 100
    : merging
      ? staged > 0
        ? Math.min(99, (merged / staged) * 100)
        : 99
      : view.estimatedRows > 0
        ? Math.min(99, (rows / view.estimatedRows) * 100)
        : null;
  const text = done
    ? `${formatCount(rows)} ${rows === 1 ? 'row' : 'rows'} read`
    : merging
      ? `${formatCount(rows)} rows read; ${formatCount(merged)} of ${formatCount(staged)} contacts written`
      : `${formatCount(rows)} of about ${formatCount(view.estimatedRows)} rows read`;
  return (
    <div>
      <ProgressBar
        label={`Progress of import #${view.id}`}
        value={view.status === 'QUEUED' ? null : percent}
        valueText={percent === null ? text : `${text} (${Math.floor(percent)}%)`}
        tone={TONES[view.status]}
        size="lg"
      />
      <p className="mt-1.5 flex justify-between gap-2 text-xs text-slate-500 tabular-nums">
        <span className="text-slate-700">
          {view.status === 'QUEUED'
            ? 'Waiting for a worker…'
            : view.status === 'STOPPING'
              ? `${text}; stopping after the chunk it is working on…`
              : text}
        </span>
        {rate !== null && (
          <span data-testid="import-rate">
            {rate >= 100 ? formatCount(Math.round(rate)) : formatRate(rate)} {merging ? 'contacts' : 'rows'}/s
            {remaining !== null && ` · ${describeRemaining(remaining)}`}
          </span>
        )}
        {percent !== null && view.status !== 'QUEUED' && <span>{Math.floor(percent)}%</span>}
      </p>
    </div>
  );
}

function Outcome({ view, announce }: { view: ImportView; announce: boolean }) {
  if (view.status === 'COMPLETED') {
    return (
      <Alert tone="success" title="Import completed" className="mt-5" announce={announce}>
        {summaryOf(view.counts)}
      </Alert>
    );
  }
  if (!isHalted(view.status)) {
    return null;
  }
  const runLink =
    view.jobId === null ? null : (
      <Link
        to="/jobs/$runId"
        params={{ runId: String(view.jobId) }}
        className="font-medium underline hover:no-underline"
      >
        Open run #{view.jobId}
      </Link>
    );
  return (
    <Alert
      title={
        view.status === 'FAILED'
          ? 'The import failed'
          : view.status === 'STOPPED'
            ? 'The import was stopped'
            : 'The import was abandoned'
      }
      className="mt-5"
      announce={announce}
    >
      {view.failure && <p className="font-mono text-xs break-words">{view.failure}</p>}
      <p className="mt-2">
        Contacts written before the {view.status === 'FAILED' ? 'failure' : 'stop'} stay imported, and rows read but
        not yet written wait for a restart.{' '}
        {view.status === 'ABANDONED' ? (
          <>Upload the file again to import the rest. {runLink}</>
        ) : (
          <>
            Owners and admins can restart the run from its page; it carries on where it
            stopped. {runLink}
          </>
        )}
      </p>
    </Alert>
  );
}

function summaryOf(counts: ImportView['counts']): string {
  return `${formatCount(counts.rows)} rows read: ${formatCount(counts.inserted)} inserted, ${formatCount(
    counts.updated,
  )} updated, ${formatCount(counts.unchanged)} unchanged, ${formatCount(
    counts.duplicates,
  )} duplicates merged and ${formatCount(counts.rejected)} rejected.`;
}

const COUNTS = [
  { key: 'rows', label: 'Rows read', tone: 'text-slate-900' },
  { key: 'inserted', label: 'Inserted', tone: 'text-emerald-700' },
  { key: 'updated', label: 'Updated', tone: 'text-indigo-700' },
  { key: 'unchanged', label: 'Unchanged', tone: 'text-slate-700' },
  { key: 'duplicates', label: 'Duplicates merged', tone: 'text-slate-700' },
  { key: 'rejected', label: 'Rejected', tone: 'text-red-700' },
  { key: 'warnings', label: 'Warnings', tone: 'text-amber-700' },
  { key: 'companiesCreated', label: 'Companies created', tone: 'text-slate-700' },
] as const satisfies readonly { key: keyof ImportView['counts']; label: string; tone: string }[];

/** The import's counts as tiles. */
export function ImportCounts({ counts }: { counts: ImportView['counts'] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
      {COUNTS.map(({ key, label, tone }) => (
        <div
          key={key}
          className="flex flex-col rounded-lg bg-slate-50 px-4 py-3 ring-1 ring-slate-200/70 ring-inset"
        >
          <dt className="text-xs font-medium text-slate-500">{label}</dt>
          <dd
            className={`mt-auto pt-1 text-2xl font-semibold tabular-nums ${counts[key] > 0 ? tone : 'text-slate-500'}`}
          >
            {formatCount(counts[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The rejected rows (and, on request, the warnings) as a CSV file to fix and upload again. */
function IssueDownloads({ view }: { view: ImportView }) {
  const download = useDownloadImportIssues(view.id);
  const { rejected, warnings } = view.counts;
  return (
    <div className="mt-5">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant={rejected > 0 ? 'primary' : 'secondary'}
          disabled={rejected === 0 || download.isPending}
          title={rejected === 0 ? 'No row was rejected' : undefined}
          onClick={() => download.mutate(false)}
        >
          Download rejected rows
        </Button>
        <Button
          disabled={rejected + warnings === 0 || download.isPending}
          title={rejected + warnings === 0 ? 'No row was rejected or changed' : undefined}
          onClick={() => download.mutate(true)}
        >
          Download rejected rows and warnings
        </Button>
        <p className="text-xs text-slate-500">
          CSV with the line, the reason and the row as it was in the file.
        </p>
      </div>
      {download.isError && (
        <ProblemAlert
          error={download.error}
          action="Could not download the rows"
          onDismiss={() => download.reset()}
          className="mt-4"
        />
      )}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-1 text-slate-700">{children}</dd>
    </div>
  );
}
