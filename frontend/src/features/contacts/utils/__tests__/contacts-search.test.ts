import { describe, expect, it } from 'vitest';

import {
  activeFilters,
  contactsQuery,
  isFiltered,
  parseContactsSearch,
} from '@/features/contacts/utils/contacts-search';

describe('parseContactsSearch', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(
      parseContactsSearch({
        q: '  ada ',
        sort: '-name',
        country: ['de', 'FR', 'France', 'DE'],
        hasEmail: true,
        hasPhone: 'yes',
        emailStatus: ['VALID', 'NOPE'],
        createdWithin: 30,
        page: 4,
      }),
    ).toEqual({
      q: 'ada',
      sort: '-name',
      country: ['DE', 'FR'],
      hasEmail: true,
      hasPhone: undefined,
      emailStatus: ['VALID'],
      createdWithin: 30,
    });
  });

  it('reads a number-like search as text, a lone value as a list, and leaves the default order out', () => {
    expect(parseContactsSearch({ q: 123, country: 'gb', sort: '-created', createdWithin: 14 })).toEqual({
      q: '123',
      sort: undefined,
      country: ['GB'],
      hasEmail: undefined,
      hasPhone: undefined,
      emailStatus: undefined,
      createdWithin: undefined,
    });
  });

  it('keeps an import filter only when it is a positive whole number', () => {
    expect(parseContactsSearch({ importId: 12 }).importId).toBe(12);
    expect(parseContactsSearch({ importId: '12' }).importId).toBe(12);
    expect(parseContactsSearch({ importId: 0 }).importId).toBeUndefined();
    expect(parseContactsSearch({ importId: 1.5 }).importId).toBeUndefined();
    expect(parseContactsSearch({ importId: 'latest' }).importId).toBeUndefined();
  });

  it('ignores a search longer than the API allows', () => {
    expect(parseContactsSearch({ q: 'x'.repeat(201) }).q).toBeUndefined();
  });
});

describe('activeFilters', () => {
  it('names each filter for its chip and knows the search without it', () => {
    const search = { q: 'ada', country: ['DE', 'FR'], hasEmail: false, createdWithin: 30 as const };
    const chips = activeFilters(search);

    expect(chips.map(({ label }) => label)).toEqual([
      'Country: Germany',
      'Country: France',
      'No e-mail',
      'Created in the last 30 days',
    ]);
    expect(chips[0]!.without).toEqual({ ...search, country: ['FR'] });
    expect(chips[1]!.without.country).toEqual(['DE']);
    expect(chips[2]!.without.hasEmail).toBeUndefined();
    expect(isFiltered(search)).toBe(true);
    expect(isFiltered({ sort: 'name' })).toBe(false);
    expect(isFiltered({ q: 'ada' })).toBe(true);
  });

  it('shows an import filter as a chip and sends it to the API', () => {
    const chips = activeFilters({ importId: 7 });

    expect(chips.map(({ label }) => label)).toEqual(['Created by import #7']);
    expect(chips[0]!.without).toEqual({ importId: undefined });
    expect(contactsQuery({ importId: 7 }).importId).toBe(7);
  });
});

describe('contactsQuery', () => {
  it('turns "the last 7 days" into a start at local midnight six days ago', () => {
    const now = new Date(2026, 10, 29, 15, 30);

    const query = contactsQuery({ createdWithin: 7, hasPhone: true }, 20, now);

    expect(query).toEqual({
      q: undefined,
      sort: undefined,
      companyId: 20,
      country: undefined,
      hasEmail: undefined,
      hasPhone: true,
      emailStatus: undefined,
      createdFrom: new Date(2026, 10, 23).toISOString(),
    });
    // The same all day, so the cached pages stay valid.
    expect(contactsQuery({ createdWithin: 7 }, undefined, new Date(2026, 10, 29, 23, 59)).createdFrom).toBe(
      query.createdFrom,
    );
  });
});
