/** The encodings the API can read a file in. */
export const ENCODINGS = [
  'UTF-8',
  'UTF-16LE',
  'UTF-16BE',
  'windows-1252',
  'ISO-8859-1',
  'ISO-8859-15',
] as const;

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
    ENCODINGS.map((encoding) => ({ value: encoding, label: encoding })),
    current,
  );
}

export function labelOf(known: readonly { value: string; label: string }[], value: string): string {
  return known.find((choice) => choice.value === value)?.label ?? JSON.stringify(value);
}
