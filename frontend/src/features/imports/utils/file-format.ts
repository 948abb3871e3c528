/** The encodings the API can read a file in. */
export const ENCODINGS = [
  'UTF-8',
  'UTF-16LE',
  'UTF-16BE',
  'windows-1252',
  'ISO-8859-1',
  'ISO-8859-15',
  'Shift_JIS',
  'GB18030',
  'Big5',
  'EUC-KR',
] as const;

const ENCODING_LABELS: Record<string, string> = {
  Shift_JIS: 'Shift_JIS (Japanese)',
  GB18030: 'GB18030 (Simplified Chinese)',
  Big5: 'Big5 (Traditional Chinese)',
  'EUC-KR': 'EUC-KR (Korean)',
};

/** The first row: column names, or data (the columns are then named Column 1 to Column n). */
export const HEADER_ROW = [
  { value: 'true', label: 'Column names' },
  { value: 'false', label: 'Data (no header row)' },
] as const;

/** How sure detection was, 0 to 100, in words: "high (92 %)"; null when the user chose the setting. */
export function confidenceText(confidence: number | null | undefined): string | null {
  if (confidence === null || confidence === undefined) {
    return null;
  }
  const level = confidence >= 80 ? 'high' : confidence >= 50 ? 'medium' : 'low';
  return `${level} confidence (${confidence} %)`;
}

export const DELIMITERS = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;)' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe (|)' },
] as const;

export const QUOTES = [
  { value: '"', label: 'Double (")' },
  { value: "'", label: "Single (')" },
] as const;

/** A setting's choices as value and label, with the file's current value even if unlisted. */
export function choicesFor(
  known: readonly { value: string; label: string }[],
  current: string,
): { value: string; label: string }[] {
  return known.some(({ value }) => value === current)
    ? [...known]
    : [...known, { value: current, label: JSON.stringify(current) }];
}

export function encodingChoices(current: string) {
  return choicesFor(
    ENCODINGS.map((encoding) => ({ value: encoding, label: ENCODING_LABELS[encoding] ?? encoding })),
    current,
  );
}

export function labelOf(known: readonly { value: string; label: string }[], value: string): string {
  return known.find((choice) => choice.value === value)?.label ?? JSON.stringify(value);
}

type FormatLike = {
  encoding: string;
  delimiter: string;
  quote: string;
  hasHeader: boolean;
  confidence?: { encoding?: number | null; delimiter?: number | null; header?: number | null } | null;
};

/**
 * The settings the user chose earlier (the server marks them with a null confidence; the quote
 * has none, so a quote other than the detected one counts as chosen). A change sends them again
 * with the new one, since the server detects every setting a request leaves out.
 */
export function chosenSettings(format: FormatLike, detected: Pick<FormatLike, 'quote'>) {
  const chosen: { encoding?: string; delimiter?: string; quote?: string; hasHeader?: boolean } = {};
  const confidence = format.confidence;
  if (confidence) {
    if (confidence.encoding === null) chosen.encoding = format.encoding;
    if (confidence.delimiter === null) chosen.delimiter = format.delimiter;
    if (confidence.header === null) chosen.hasHeader = format.hasHeader;
  }
  if (format.quote !== detected.quote) chosen.quote = format.quote;
  return chosen;
}
