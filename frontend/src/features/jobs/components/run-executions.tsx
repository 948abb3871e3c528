import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Table, TableBody, TableHead, Td, Th } from '@/components/ui/table';
import { formatCount, formatDateTime, formatDuration } from '@/lib/format';

import type { ExecutionView, StepView } from '@/features/jobs/api/get-job-run';

const COUNTS = [
  ['readCount', 'Read'],
  ['writeCount', 'Write'],
  ['filterCount', 'Filter'],
  ['skipCount', 'Skip'],
  ['commitCount', 'Commit'],
  ['rollbackCount', 'Rollback'],
] as const satisfies readonly (readonly [keyof StepView, string])[];

/** Spring Batch's statuses of executions and steps (a superset of what a run shows). */
function batchTone(status: string): BadgeTone {
  switch (status) {
    case 'COMPLETED':
      return 'emerald';
    case 'FAILED':
      return 'red';
    case 'STARTING':
    case 'STARTED':
      return 'indigo';
    case 'STOPPING':
    case 'STOPPED':
      return 'amber';
    default:
      return 'slate';
  }
}

/** Every attempt at the run (a restart adds one), each with its steps and their counts. */
export function RunExecutions({ executions }: { executions: ExecutionView[] }) {
  if (executions.length === 0) {
    return (
      <p className="text-sm text-slate-500">
        No execution yet: the run starts once a worker picks it up.
      </p>
    );
  }
  return (
    <ol className="space-y-8">
      {executions.map((execution, index) => (
        <li key={execution.id}>
          <ExecutionSection execution={execution} attempt={index + 1} />
        </li>
      ))}
    </ol>
  );
}

function ExecutionSection({ execution, attempt }: { execution: ExecutionView; attempt: number }) {
  return (
    <section aria-label={`Execution #${execution.id}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="text-sm font-semibold text-slate-900">
          Execution #{execution.id}
          <span className="ml-1 font-normal text-slate-500">(attempt {attempt})</span>
        </h3>
        <Badge tone={batchTone(execution.status)}>{execution.status}</Badge>
        <span className="text-xs text-slate-500">
          exit code <span className="font-mono text-slate-700">{execution.exitCode}</span>
        </span>
        {execution.startedAt && (
          <span className="text-xs text-slate-500">
            took {formatDuration(execution.startedAt, execution.endedAt)}
            {execution.endedAt === null && ' so far'}
          </span>
        )}
      </div>
      <dl className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-500">
        <AttemptTime label="Queued" value={execution.queuedAt} />
        <AttemptTime label="Started" value={execution.startedAt} />
        <AttemptTime label="Ended" value={execution.endedAt} />
        {execution.workerId && (
          <div>
            <dt className="inline">Worker </dt>
            <dd className="inline font-mono text-slate-700">{execution.workerId}</dd>
          </div>
        )}
      </dl>
      {execution.exitMessage && (
        <p className="mt-1 font-mono text-xs break-words text-slate-600">{execution.exitMessage}</p>
      )}
      <div className="mt-3">
        {execution.steps.length === 0 ? (
          <p className="text-sm text-slate-500">No step has started yet.</p>
        ) : (
          <Table label={`Steps of execution #${execution.id}`}>
            <TableHead>
              <Th>Step</Th>
              <Th>Status</Th>
              {COUNTS.map(([key, label]) => (
                <Th key={key} className="text-right">
                  {label}
                </Th>
              ))}
              <Th>Duration</Th>
            </TableHead>
            <TableBody>
              {execution.steps.map((step) => (
                <StepRow key={step.id} step={step} />
              ))}
            </TableBody>
          </Table>
        )}
      </div>
    </section>
  );
}

function StepRow({ step }: { step: StepView }) {
  return (
    <tr className="align-top">
      <Td className="font-mono text-xs text-slate-900">
        {step.name}
        {step.exitMessage && (
          <span className="mt-1 block max-w-xs font-sans break-words text-slate-500">
            {step.exitMessage}
          </span>
        )}
      </Td>
      <Td>
        <Badge tone={batchTone(step.status)}>{step.status}</Badge>
      </Td>
      {COUNTS.map(([key]) => (
        <Td key={key} className="text-right tabular-nums">
          {formatCount(step[key])}
        </Td>
      ))}
      <Td className="whitespace-nowrap tabular-nums">
        {step.startedAt ? (
          <time dateTime={step.startedAt} title={`Started ${formatDateTime(step.startedAt)}`}>
            {formatDuration(step.startedAt, step.endedAt)}
          </time>
        ) : (
          '—'
        )}
      </Td>
    </tr>
  );
}

/** One of an attempt's own times: when it was queued, started and ended. */
function AttemptTime({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <dt className="inline">{label} </dt>
      <dd className="inline text-slate-700">{value === null ? '—' : formatDateTime(value)}</dd>
    </div>
  );
}
