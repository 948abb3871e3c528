import { useId, useRef, useState, type DragEvent } from 'react';

import { Alert, ProblemAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ImportsIcon } from '@/components/ui/icons';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatBytes } from '@/lib/format';
import type { UploadProgress } from '@/lib/upload';

import type { ImportView } from '@/features/imports/api/get-import';
import { useUploadImport } from '@/features/imports/api/upload-import';

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

/**
 * A drop zone with a "Choose a file" button for keyboards. The file goes up with a progress
 * bar; the API's reason shows when it refuses the file.
 */
export function ImportUpload({ onUploaded }: { onUploaded: (view: ImportView) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<AbortController | null>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const upload = useUploadImport();

  function send(next: File) {
    const controller = new AbortController();
    cancelRef.current = controller;
    setFile(next);
    setProgress(null);
    setRefusal(null);
    upload.mutate(
      { file: next, onProgress: setProgress, signal: controller.signal },
      {
        onSuccess: onUploaded,
        onSettled: () => {
          cancelRef.current = null;
        },
      },
    );
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (upload.isPending) {
      return;
    }
    const files = Array.from(event.dataTransfer.files);
    const [first] = files;
    if (files.length !== 1 || !first) {
      setRefusal(files.length > 1 ? 'Drop one file at a time.' : 'Only files can be dropped here.');
      return;
    }
    send(first);
  }

  const cancelled = upload.error instanceof DOMException && upload.error.name === 'AbortError';
  return (
    <div>
      <div
        role="group"
        aria-label="Upload a CSV file"
        aria-describedby={hintId}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes('Files')) {
            event.preventDefault();
            event.dataTransfer.dropEffect = upload.isPending ? 'none' : 'copy';
            setDragging(true);
          }
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
            setDragging(false);
          }
        }}
        onDrop={onDrop}
        className={`flex flex-col items-center rounded-lg border-2 border-dashed px-6 py-10 text-center transition-colors ${
          dragging ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-slate-50/50'
        }`}
      >
        <div className="mb-3 flex size-12 items-center justify-center rounded-full bg-white text-indigo-600 shadow-xs ring-1 ring-slate-200">
          <ImportsIcon className="size-6" />
        </div>
        {upload.isPending && file ? (
          <UploadInProgress
            file={file}
            progress={progress}
            onCancel={() => cancelRef.current?.abort()}
          />
        ) : (
          <>
            <p className="text-sm font-medium text-slate-900">
              {dragging ? 'Drop the file to upload it' : 'Drag a CSV file here'}
            </p>
            <p className="mt-1 text-sm text-slate-500">or</p>
            <Button variant="primary" className="mt-3" onClick={() => inputRef.current?.click()}>
              Choose a file
            </Button>
            <p id={hintId} className="mt-3 max-w-md text-xs text-slate-500">
              Comma, semicolon, tab or pipe separated, with a header row. Leadline detects the
              encoding, delimiter and columns; you check them before anything is imported.
            </p>
          </>
        )}
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          aria-label="CSV file"
          className="hidden"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            // Choosing the same file again must fire change again.
            event.target.value = '';
            if (chosen) {
              send(chosen);
            }
          }}
        />
      </div>
      {refusal && (
        <Alert title={refusal} onDismiss={() => setRefusal(null)} className="mt-4" />
      )}
      {upload.isError && !cancelled && file && (
        <ProblemAlert
          error={upload.error}
          action={`Could not upload ${file.name}`}
          onDismiss={() => upload.reset()}
          className="mt-4"
        />
      )}
    </div>
  );
}

function UploadInProgress({
  file,
  progress,
  onCancel,
}: {
  file: File;
  progress: UploadProgress | null;
  onCancel: () => void;
}) {
  const sent = progress && progress.total > 0 ? (progress.loaded / progress.total) * 100 : 0;
  const reading = progress !== null && progress.loaded >= progress.total;
  const text = reading
    ? 'Uploaded; detecting the format…'
    : `${formatBytes(progress?.loaded ?? 0)} of ${formatBytes(file.size)}`;
  return (
    <div role="status" className="w-full max-w-md">
      <p className="truncate text-sm font-medium text-slate-900">Uploading {file.name}</p>
      <ProgressBar
        label={`Upload of ${file.name}`}
        value={reading ? null : sent}
        valueText={reading ? text : `${text} (${Math.floor(sent)}%)`}
        size="lg"
        className="mt-3"
      />
      <p className="mt-1.5 flex justify-between text-xs text-slate-500 tabular-nums">
        <span>{text}</span>
        {!reading && <span>{Math.floor(sent)}%</span>}
      </p>
      <Button className="mt-3" onClick={onCancel} disabled={reading}>
        Cancel
      </Button>
    </div>
  );
}
