import { useId, useMemo, type ReactNode } from 'react';

import { countryOptions } from '@/lib/countries';

import { controlClassName } from './form';
import { CloseIcon } from './icons';

type FilterSelectProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Highlighted while it narrows the list. */
  active?: boolean;
  /** Its width: a native select is otherwise as wide as its longest option. */
  className: string;
  children: ReactNode;
};

/** A list's filter menu: a native select with a label for screen readers. */
export function FilterSelect({ label, value, onChange, active = false, className, children }: FilterSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`${controlClassName} py-2 pr-8 ${className} ${active ? 'bg-indigo-50/60 text-indigo-900 ring-indigo-300' : 'text-slate-700'}`}
      >
        {children}
      </select>
    </>
  );
}

/** A menu that adds one country to a filter; countries already chosen are greyed out. */
export function CountryFilterSelect({ selected, onAdd }: { selected: readonly string[]; onAdd: (code: string) => void }) {
  const countries = useMemo(countryOptions, []);
  return (
    <FilterSelect label="Add a country filter" className="w-32" value="" onChange={onAdd}>
      <option value="" disabled>
        Country
      </option>
      {countries.map(({ code, name }) => (
        <option key={code} value={code} disabled={selected.includes(code)}>
          {name}
        </option>
      ))}
    </FilterSelect>
  );
}

export type FilterChip = { key: string; label: string; onRemove: () => void };

/** One chip per filter in effect; a click removes that filter, "Clear all" every one. */
export function FilterChipList({ chips, onClearAll }: { chips: readonly FilterChip[]; onClearAll: () => void }) {
  if (chips.length === 0) {
    return null;
  }
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            aria-label={`Remove filter: ${chip.label}`}
            onClick={chip.onRemove}
            className="group inline-flex items-center gap-1 rounded-full bg-indigo-50 py-1 pr-1.5 pl-2.5 text-xs font-medium text-indigo-700 ring-1 ring-indigo-600/20 ring-inset hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {chip.label}
            <CloseIcon className="size-3.5 text-indigo-400 group-hover:text-indigo-700" />
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button
            type="button"
            onClick={onClearAll}
            className="rounded px-1.5 py-1 text-xs font-medium text-slate-500 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600"
          >
            Clear all
          </button>
        </li>
      )}
    </ul>
  );
}
