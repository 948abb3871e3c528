/**
 * Which columns of the contacts table a user has hidden, remembered in this browser's
 * localStorage per user and tenant. Hidden ones are stored (not shown ones), so a column added
 * in a later version appears until it is hidden. Custom attribute columns are the other way
 * round: a tenant may have dozens, so only the ones picked are shown.
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

/** A custom attribute's column id, as saved views keep it. */
export const ATTRIBUTE_COLUMN_PREFIX = 'attr:';

export const MAX_ATTRIBUTE_COLUMNS = 20;

/** The table's columns as one user set them: built-in ones hidden, custom attributes shown. */
export type ColumnChoice = {
  hidden: ReadonlySet<string>;
  /** Custom attribute names shown, in the order they were picked. */
  attributes: readonly string[];
};

export const ALL_BUILT_IN_COLUMNS: ColumnChoice = { hidden: new Set(), attributes: [] };

/** The choice stored under `key`; every built-in column and no attribute when absent or unreadable. */
export function loadColumnChoice(key: string, storage: Storage | undefined = safeStorage()): ColumnChoice {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
    return {
      hidden: new Set(stringsOf(record.hidden).filter((id) => HIDEABLE.has(id))),
      attributes: [...new Set(stringsOf(record.attributes))].slice(0, MAX_ATTRIBUTE_COLUMNS),
    };
  } catch {
    return ALL_BUILT_IN_COLUMNS;
  }
}

/** Remembers the choice; a browser that refuses storage keeps it for this page only. */
export function saveColumnChoice(key: string, choice: ColumnChoice, storage: Storage | undefined = safeStorage()) {
  try {
    if (choice.hidden.size === 0 && choice.attributes.length === 0) {
      storage?.removeItem(key);
    } else {
      storage?.setItem(
        key,
        JSON.stringify({
          hidden: [...choice.hidden].sort(),
          ...(choice.attributes.length ? { attributes: choice.attributes } : {}),
        }),
      );
    }
  } catch {
    // Private mode or a full quota: the choice lasts until the page is left.
  }
}

/** The hidden built-in columns stored under `key`; nothing (all shown) when absent, unreadable or unknown. */
export function loadHiddenColumns(key: string, storage: Storage | undefined = safeStorage()): Set<string> {
  return new Set(loadColumnChoice(key, storage).hidden);
}

/** Remembers the hidden built-in columns, keeping the attributes shown. */
export function saveHiddenColumns(key: string, hidden: ReadonlySet<string>, storage: Storage | undefined = safeStorage()) {
  saveColumnChoice(key, { hidden, attributes: loadColumnChoice(key, storage).attributes }, storage);
}

/** The columns shown, in order, as a saved view keeps them (attributes as `attr:<name>`). */
export function shownColumns(choice: ColumnChoice): string[] {
  return [
    ...CONTACT_COLUMNS.map((column) => column.id as string).filter((id) => !choice.hidden.has(id)),
    ...choice.attributes.map((name) => ATTRIBUTE_COLUMN_PREFIX + name),
  ];
}

/** The choice a saved view's shown columns make; unknown built-in ids are ignored. */
export function choiceOf(columns: readonly string[]): ColumnChoice {
  const shown = new Set(columns);
  return {
    hidden: new Set([...HIDEABLE].filter((id) => !shown.has(id))),
    attributes: [
      ...new Set(
        columns
          .filter((id) => id.startsWith(ATTRIBUTE_COLUMN_PREFIX))
          .map((id) => id.slice(ATTRIBUTE_COLUMN_PREFIX.length))
          .filter((name) => name.length > 0),
      ),
    ].slice(0, MAX_ATTRIBUTE_COLUMNS),
  };
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
