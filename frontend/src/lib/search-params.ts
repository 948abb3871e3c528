/**
 * Search parameters as people read and write them: a list is its key repeated
 * (?country=DE&country=AT), a word is itself (?q=acme&sort=name), never JSON.
 *
 * Links made before this (the router's JSON form, ?country=%5B%22DE%22%5D) still open:
 * a value that starts like JSON text ([, { or ") is read as JSON when it parses. A text that
 * itself starts that way is written as a JSON string, so it reads back unchanged. "true",
 * "false" and whole numbers read as such; each page's validator coerces what it expects.
 */

const JSON_START = /^\s*["[{]/;

/** The search object from a URL's query string; each page's validator checks the values. */
export function parseSearch(searchStr: string): Record<string, unknown> {
  const params = new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr);
  const search: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).map(readValue);
    search[key] = values.length === 1 ? values[0] : values.flatMap((value) => (Array.isArray(value) ? value : [value]));
  }
  return search;
}

function readValue(raw: string): unknown {
  if (raw === 'true') {
    return true;
  }
  if (raw === 'false') {
    return false;
  }
  if (/^-?(0|[1-9]\d{0,14})$/.test(raw)) {
    return Number(raw);
  }
  if (JSON_START.test(raw)) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  return raw;
}

/** The query string for a search object ('' when empty): lists as repeated keys. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) {
        params.append(key, writeValue(item));
      }
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

function writeValue(value: unknown): string {
  if (typeof value === 'string') {
    // A text that would read back as JSON keeps its quotes; "true" or "42" read back as such,
    // and the pages' validators take them as text where they expect text.
    return JSON_START.test(value) ? JSON.stringify(value) : value;
  }
  if (typeof value === 'object') {
    return JSON.stringify(value);
  }
  return String(value);
}

/** A free-text parameter as text: `?q=42` or `?q=true` read as numbers or booleans first. */
export function textParam(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}
