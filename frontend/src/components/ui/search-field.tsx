import { useEffect, useId, useState } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';

import { controlClassName } from './form';
import { CloseIcon, SearchIcon } from './icons';

/** How long typing has to pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

type SearchFieldProps = {
  /** Accessible name, e.g. "Search contacts". */
  label: string;
  placeholder?: string;
  /** The search in effect (from the URL); the field follows it when it changes elsewhere. */
  value: string;
  /** Called with the trimmed text once typing pauses for SEARCH_DEBOUNCE_MS. */
  onChange: (value: string) => void;
  maxLength?: number;
  className?: string;
};

/** A search box that reports what was typed once the typing pauses. */
export function SearchField({
  label,
  placeholder,
  value,
  onChange,
  maxLength,
  className = '',
}: SearchFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // The search changed elsewhere (a cleared filter, the back button): show it.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const settled = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    // Only text that has stopped changing counts, and only once: `shown` is what was last
    // reported or received, so a value replaced from outside is not mistaken for typing.
    const next = settled.trim();
    if (settled === text && next !== shown) {
      setShown(next);
      onChange(next);
    }
  }, [settled, text, shown, onChange]);

  return (
    <div className={`relative ${className}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-slate-400" />
      <input
        id={id}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        maxLength={maxLength}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            setText('');
          }
        }}
        className={`${controlClassName} block w-full py-2 pr-8 pl-8 [&::-webkit-search-cancel-button]:hidden`}
      />
      {text && (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => setText('')}
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
        >
          <CloseIcon className="size-3.5" />
        </button>
      )}
    </div>
  );
}
