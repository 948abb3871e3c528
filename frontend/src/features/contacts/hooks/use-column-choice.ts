import { useCallback, useSyncExternalStore } from 'react';

import { useCurrentUser } from '@/lib/auth';

import {
  columnsStorageKey,
  loadColumnChoice,
  saveColumnChoice,
  type ColumnChoice,
} from '@/features/contacts/utils/columns';

/**
 * The signed-in user's columns of the contacts table, shared by every component that shows or
 * changes them (the table, the column chooser, saved views). The stored text is read on each
 * render and parsed again only when it changed; a browser refusing storage keeps the choice in
 * memory.
 */
const choices = new Map<string, { stored: string | null; choice: ColumnChoice }>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function read(key: string): ColumnChoice {
  const text = stored(key);
  const cached = choices.get(key);
  if (cached && cached.stored === text) {
    return cached.choice;
  }
  const choice = loadColumnChoice(key);
  choices.set(key, { stored: text, choice });
  return choice;
}

export function useColumnChoice() {
  const me = useCurrentUser();
  const key = columnsStorageKey(me.id, me.tenant.id);
  const choice = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => read(key),
  );
  const setChoice = useCallback(
    (next: ColumnChoice) => {
      saveColumnChoice(key, next);
      choices.set(key, { stored: stored(key), choice: next });
      listeners.forEach((listener) => listener());
    },
    [key],
  );
  return [choice, setChoice] as const;
}
