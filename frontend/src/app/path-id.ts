/**
 * Ids in page paths (runs, imports) are positive whole numbers; anything else in the URL is a
 * page that does not exist.
 */
export function parsePathId(value: string): number | undefined {
  if (!/^[1-9]\d{0,15}$/.test(value)) {
    return undefined;
  }
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}
