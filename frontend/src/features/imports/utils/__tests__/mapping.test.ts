import { describe, expect, it } from 'vitest';

import {
  buildMappingRequest,
  describeConflict,
  initialChoices,
  initialOptions,
  isValidCountryCode,
  mappingConflicts,
  mappingProblems,
  samplesOf,
  type ColumnChoice,
  type ImportOptions,
} from '@/features/imports/utils/mapping';
import { ApiError } from '@/lib/api-client';
import { buildImport } from '@/testing/data';

const headers = ['E-Mail', 'Mail', 'Vorname', 'Stadt', 'Region'];
const options: ImportOptions = {
  existing: 'FILL_BLANKS',
  defaultCountry: '',
  allowWithoutEmail: false,
  fillMissingValues: true,
};

function choice(column: number, field: ColumnChoice['field'], attribute = ''): ColumnChoice {
  return { column, field, attribute };
}

describe('initialChoices', () => {
  it('starts from the suggestions while no mapping is confirmed, custom attributes named by their header', () => {
    expect(initialChoices(buildImport())).toEqual([
      choice(0, 'EMAIL'),
      choice(1, 'FIRST_NAME'),
      choice(2, 'PHONE'),
      choice(3, 'CUSTOM', 'Stadt'),
    ]);
  });

  it('names a custom attribute as it was typed in an earlier import when the suggestion remembers it', () => {
    const view = buildImport();
    view.suggestions[3] = { ...view.suggestions[3]!, attribute: 'Standort (HQ)' };

    expect(initialChoices(view)[3]).toEqual(choice(3, 'CUSTOM', 'Standort (HQ)'));
  });

  it('starts from the confirmed mapping, leaving out columns it does not list', () => {
    const view = buildImport({
      mapping: [
        { column: 0, field: 'EMAIL', attribute: undefined },
        { column: 3, field: 'CUSTOM', attribute: 'City (raw)' },
        { column: 2, field: 'IGNORE' },
      ],
    });

    expect(initialChoices(view)).toEqual([
      choice(0, 'EMAIL'),
      choice(1, 'IGNORE'),
      choice(2, 'IGNORE'),
      choice(3, 'CUSTOM', 'City (raw)'),
    ]);
  });

  it('ignores a column nobody suggested anything for', () => {
    const view = buildImport({ suggestions: [] });

    expect(initialChoices(view).map(({ field }) => field)).toEqual([
      'IGNORE',
      'IGNORE',
      'IGNORE',
      'IGNORE',
    ]);
  });

  it('reads the options, a missing default country as blank', () => {
    expect(initialOptions(buildImport())).toEqual(options);
    expect(
      initialOptions(
        buildImport({
          options: { existing: 'OVERWRITE', defaultCountry: 'DE', allowWithoutEmail: true, fillMissingValues: false },
        }),
      ),
    ).toEqual({ existing: 'OVERWRITE', defaultCountry: 'DE', allowWithoutEmail: true, fillMissingValues: false });
  });
});

describe('mappingConflicts', () => {
  it('finds a unique field chosen for two columns', () => {
    const conflicts = mappingConflicts(
      [choice(0, 'EMAIL'), choice(1, 'EMAIL'), choice(2, 'FIRST_NAME')],
      headers,
    );

    expect(conflicts).toEqual([{ kind: 'field', field: 'EMAIL', columns: [0, 1] }]);
    expect(describeConflict(conflicts[0]!, headers)).toBe(
      'E-mail is chosen for “E-Mail” and “Mail”; only one column can go there. Set the others to Custom attribute or Do not import.',
    );
  });

  it('lets any number of columns be custom attributes or not imported', () => {
    expect(
      mappingConflicts(
        [choice(0, 'IGNORE'), choice(1, 'IGNORE'), choice(3, 'CUSTOM', 'Stadt'), choice(4, 'CUSTOM', 'Region')],
        headers,
      ),
    ).toEqual([]);
  });

  it('finds two custom attributes of the same name, whatever the case, blank meaning the header', () => {
    const conflicts = mappingConflicts(
      [choice(3, 'CUSTOM', ''), choice(4, 'CUSTOM', ' stadt ')],
      headers,
    );

    expect(conflicts).toEqual([{ kind: 'attribute', name: 'Stadt', columns: [3, 4] }]);
    expect(describeConflict(conflicts[0]!, headers)).toBe(
      '“Stadt” and “Region” are both kept as the attribute “Stadt”; give each its own name.',
    );
  });

  it('names every column of a conflict of three', () => {
    const conflicts = mappingConflicts(
      [choice(0, 'PHONE'), choice(1, 'PHONE'), choice(2, 'PHONE')],
      headers,
    );

    expect(describeConflict(conflicts[0]!, headers)).toMatch(
      /^Phone is chosen for “E-Mail”, “Mail” and “Vorname”;/,
    );
  });
});

describe('buildMappingRequest', () => {
  it('sends the columns to import, attribute names only for custom attributes', () => {
    const request = buildMappingRequest(
      [choice(0, 'EMAIL'), choice(1, 'IGNORE'), choice(2, 'FIRST_NAME'), choice(3, 'CUSTOM', ' Ort ')],
      { existing: 'OVERWRITE', defaultCountry: 'de ', allowWithoutEmail: true, fillMissingValues: false },
    );

    expect(request).toEqual({
      columns: [
        { column: 0, field: 'EMAIL' },
        { column: 2, field: 'FIRST_NAME' },
        { column: 3, field: 'CUSTOM', attribute: 'Ort' },
      ],
      existing: 'OVERWRITE',
      defaultCountry: 'DE',
      allowWithoutEmail: true,
      fillMissingValues: false,
    });
  });

  it('leaves out a blank attribute name (the API uses the header) and a blank country', () => {
    expect(buildMappingRequest([choice(3, 'CUSTOM', '  ')], options)).toEqual({
      columns: [{ column: 3, field: 'CUSTOM' }],
      existing: 'FILL_BLANKS',
      allowWithoutEmail: false,
      fillMissingValues: true,
    });
  });

  it('round-trips the suggestions into the request the API expects', () => {
    expect(buildMappingRequest(initialChoices(buildImport()), options).columns).toEqual([
      { column: 0, field: 'EMAIL' },
      { column: 1, field: 'FIRST_NAME' },
      { column: 2, field: 'PHONE' },
      { column: 3, field: 'CUSTOM', attribute: 'Stadt' },
    ]);
  });
});

describe('mappingProblems', () => {
  it('reads the problems of an invalid mapping, and nothing of other errors', () => {
    const invalid = new ApiError({
      status: 422,
      type: 'https://leadline.dev/problems/invalid-mapping',
      title: 'The mapping cannot be used',
      detail: 'No column is mapped to EMAIL. Column 7 does not exist.',
      extensions: { problems: ['No column is mapped to EMAIL.', 'Column 7 does not exist.'] },
    });
    const conflict = new ApiError({ status: 409, type: 'about:blank', title: 'Conflict' });

    expect(mappingProblems(invalid)).toEqual(['No column is mapped to EMAIL.', 'Column 7 does not exist.']);
    expect(mappingProblems(conflict)).toBeUndefined();
    expect(mappingProblems(null)).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('accepts two capital letters or nothing as a default country', () => {
    expect(isValidCountryCode('')).toBe(true);
    expect(isValidCountryCode('DE')).toBe(true);
    expect(isValidCountryCode('D')).toBe(false);
    expect(isValidCountryCode('de')).toBe(false);
  });

  it('shows a few distinct, non-blank sample values of a column', () => {
    const rows = [['a'], [''], ['a'], ['b'], ['c'], ['d']];
    expect(samplesOf(rows, 0)).toEqual(['a', 'b', 'c']);
    expect(samplesOf(rows, 3)).toEqual([]);
  });
});
