import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/button';

import { useContactAttributes } from '@/features/contacts/api/get-contact-attributes';
import { CONTACT_COLUMNS, isHideable, MAX_ATTRIBUTE_COLUMNS } from '@/features/contacts/utils/columns';

type ColumnChooserProps = {
  hidden: ReadonlySet<string>;
  onChange: (hidden: Set<string>) => void;
  /** Columns this table does not have (a company's page has no Company column). */
  absent?: readonly string[];
  /** The custom attributes shown as columns, in order. */
  attributes?: readonly string[];
  onAttributesChange?: (attributes: string[]) => void;
};

/**
 * "Columns": a checkbox per column of the contacts table, and per custom attribute of the
 * tenant (fetched when opened); Escape or a click elsewhere closes it.
 */
export function ColumnChooser({
  hidden,
  onChange,
  absent = [],
  attributes = [],
  onAttributesChange,
}: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) {
      return;
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const shownCount =
    CONTACT_COLUMNS.filter((column) => !absent.includes(column.id) && !hidden.has(column.id)).length +
    attributes.length;
  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="py-2"
      >
        Columns
        <span className="text-slate-500 tabular-nums">{shownCount}</span>
      </Button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 z-20 mt-2 max-h-[70vh] w-64 overflow-y-auto rounded-lg bg-white p-3 shadow-lg ring-1 ring-slate-200"
        >
          <fieldset>
            <legend className="text-xs font-semibold text-slate-900">Show columns</legend>
            <ul className="mt-2 space-y-1.5">
              {CONTACT_COLUMNS.filter((column) => !absent.includes(column.id)).map((column) => (
                <li key={column.id}>
                  <label className="flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type="checkbox"
                      checked={!hidden.has(column.id)}
                      disabled={!isHideable(column.id)}
                      onChange={(event) => {
                        const next = new Set(hidden);
                        if (event.target.checked) {
                          next.delete(column.id);
                        } else {
                          next.add(column.id);
                        }
                        onChange(next);
                      }}
                      className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600 disabled:opacity-50"
                    />
                    {column.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {open && onAttributesChange && (
            <AttributeChoice shown={attributes} onChange={onAttributesChange} />
          )}
          <p className="mt-3 text-xs text-slate-500">Remembered in this browser for you.</p>
          {hidden.size > 0 && (
            <button
              type="button"
              onClick={() => onChange(new Set())}
              className="mt-2 text-xs font-medium text-indigo-700 underline hover:text-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              Show all columns
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** A checkbox per custom attribute name the tenant's imports recorded (and any shown still). */
function AttributeChoice({ shown, onChange }: { shown: readonly string[]; onChange: (shown: string[]) => void }) {
  const names = useContactAttributes({ enabled: true });
  const all = [...new Set([...(names.data?.names ?? []), ...shown])];
  const full = shown.length >= MAX_ATTRIBUTE_COLUMNS;
  return (
    <fieldset className="mt-4 border-t border-slate-200 pt-3">
      <legend className="float-left text-xs font-semibold text-slate-900">Custom attributes</legend>
      <div className="clear-both" />
      {names.isPending ? (
        <p className="mt-2 text-xs text-slate-500">Loading attributes…</p>
      ) : names.isError && all.length === 0 ? (
        <p className="mt-2 text-xs text-red-700">Could not load the custom attributes.</p>
      ) : all.length === 0 ? (
        <p className="mt-2 text-xs text-slate-500">
          None yet: columns an import maps to a custom attribute appear here.
        </p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {all.map((name) => {
            const checked = shown.includes(name);
            return (
              <li key={name}>
                <label className="flex items-center gap-2 text-sm break-all text-slate-700">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && full}
                    onChange={(event) =>
                      onChange(event.target.checked ? [...shown, name] : shown.filter((other) => other !== name))
                    }
                    className="size-4 shrink-0 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600 disabled:opacity-50"
                  />
                  {name}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {full && <p className="mt-2 text-xs text-slate-500">Up to {MAX_ATTRIBUTE_COLUMNS} attribute columns.</p>}
    </fieldset>
  );
}
