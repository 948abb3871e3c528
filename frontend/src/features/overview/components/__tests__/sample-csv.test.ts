import { describe, expect, it } from 'vitest';

import sample from '../../../../../public/sample-contacts.csv?raw';

const [header, ...rows] = sample.trimEnd().split('\n').map((line) => line.split(','));

describe('the sample CSV served with the dashboard', () => {
  it('has a header the import maps on its own and 20 complete rows', () => {
    expect(header).toEqual([
      'Email', 'First Name', 'Last Name', 'Company', 'Website', 'Title', 'Phone', 'Country', 'City', 'Lead source',
    ]);
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      expect(row[0]).toMatch(/^[a-z.]+@[a-z-]+\.example$/);
      expect(row[7]).toMatch(/^[A-Z]{2}$/);
    }
    expect(new Set(rows.map((row) => row[0])).size).toBe(20);
  });

  it('is obviously made up: reserved .example domains, and fictitious phone ranges where it has phones', () => {
    for (const row of rows) {
      expect(row[4]).toMatch(/\.example$/);
      if (row[6]) {
        // Ofcom's drama range, the US 555-01xx, ARCEP's 01 99 00, ACMA's 02 5550.
        expect(row[6]).toMatch(/^(\+44 20 7946 0\d{3}|\+1 \d{3} 555 01\d\d|\+33 1 99 00 \d\d \d\d|\+61 2 5550 \d{4})$/);
      }
    }
  });

  it('has names beyond ASCII, in more than one script', () => {
    const names = rows.map((row) => `${row[1]} ${row[2]}`).join(' ');
    expect(names).toMatch(/[À-ž]/);
    expect(names).toMatch(/\p{Script=Greek}/u);
  });
});
