/**
 * Which columns of the contacts table a user has hidden, remembered in this browser's
 * localStorage per user and tenant. Hidden ones are stored (not shown ones), so a column added
 * in a later version appears until it is hidden.
 */

/** The contacts table's columns in order; the name is always shown. */
export const CONTACT_COLUMNS = [
  { id: 'name', label: 'Name', fixed: true },
  { id: 'email', label: 'E-mail' },
  { id: 'company', label: 'Company' },
  { id: 'title', label: 'Title' },
  { id: 'seniority', label: 'Seniority' },
  { id: 'department', label: 'Department' },
  { id: 'emailStatus', label: 'E-mail status' },
  { id: 'country', label: 'Country' },
  { id: 'phone', label: 'Phone' },
  { id: 'created', label: 'Created' },
] as const satisfies readonly { id: string; label: string; fixed?: boolean }[];

export type ContactColumnId = (typeof CONTACT_COLUMNS)[number]['id'];

const HIDEABLE = new Set<string>(
  CONTACT_COLUMNS.filter((column) => !('fixed' in column && column.fixed)).map((column) => column.id),
);

export function isHideable(id: string): boolean {
  return HIDEABLE.has(id);
}

/** The localStorage key of one user's choice in one tenant. */
export function columnsStorageKey(userId: number, tenantId: number): string {
  return `leadline:contacts-columns:${tenantId}:${userId}`;
}

/** The hidden columns stored under `key`; nothing (all shown) when absent, unreadable or unknown. */
export function loadHiddenColumns(key: string, storage: Storage | undefined = safeStorage()): Set<string> {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    const hidden =
      stored && typeof stored === 'object' && 'hidden' in stored && Array.isArray(stored.hidden) ? stored.hidden : [];
    return new Set(hidden.filter((id): id is string => typeof id === 'string' && HIDEABLE.has(id)));
  } catch {
    return new Set();
  }
}

/** Remembers the hidden columns; a browser that refuses storage keeps them for this page only. */
export function saveHiddenColumns(key: string, hidden: ReadonlySet<string>, storage: Storage | undefined = safeStorage()) {
  try {
    if (hidden.size === 0) {
      storage?.removeItem(key);
    } else {
      storage?.setItem(key, JSON.stringify({ hidden: [...hidden].sort() }));
    }
  } catch {
    // Private mode or a full quota: the choice lasts until the page is left.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
