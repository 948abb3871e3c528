/**
 * A deterministic, realistic CRM export for the browsing tests: the same seed always gives the
 * same file, so a rerun on the same database updates these contacts instead of adding more.
 */

/** The one company the tests search for; every other name is built from the lists below. */
export const MARKER_COMPANY = { name: 'Zephyr Quantum Foundry', domain: 'zephyrquantum.de', contacts: 37 };

const FIRST_NAMES = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Klara',
  'Lukas', 'Marie', 'Noah', 'Olivia', 'Paul', 'Quentin', 'Rosa', 'Simon', 'Tara', 'Ulrich', 'Vera',
  'William', 'Xenia', 'Yusuf', 'Zoe', 'Amelie', 'Bruno', 'Chloé', 'Dario', 'Emma', 'Finn', 'Giulia',
  'Hannah', 'Ivan', 'Julia', 'Karim', 'Lea', 'Mateo', 'Nora', 'Oscar', 'Priya', 'Rafael', 'Sofia',
  'Theo', 'Valentina', 'Wei', 'Aiko', 'Björn', 'Camille', 'Diego', 'Freya', 'Henrik', 'Isabel',
  'Jakub', 'Leila', 'Magnus', 'Nadia', 'Pedro', 'Saanvi',
];

const LAST_NAMES = [
  'Schmidt', 'Müller', 'Martin', 'Bernard', 'Smith', 'Johnson', 'García', 'Rossi', 'Jansen', 'Nowak',
  'Andersson', 'Murphy', 'Wagner', 'Becker', 'Dubois', 'Lefèvre', 'Brown', 'Taylor', 'López',
  'Romano', 'de Vries', 'Kowalski', 'Johansson', 'Kelly', 'Hoffmann', 'Schulz', 'Moreau', 'Wilson',
  'Davies', 'Fernández', 'Ricci', 'Bakker', 'Wiśniewski', 'Nilsson', 'Walsh', 'Fischer', 'Weber',
  'Laurent', 'Evans', 'Clarke', 'Martínez', 'Greco', 'Visser', 'Lewandowski', 'Larsson', 'Byrne',
  'Koch', 'Richter', 'Girard', 'Hughes', 'Okafor', 'Tanaka', 'Chen', 'Patel', 'Silva', 'Novak',
  'Horvat', 'Popescu', 'Yilmaz', 'Haddad',
];

const COMPANY_WORDS = [
  'Nordwind', 'Bluefin', 'Cobalt', 'Lumen', 'Granite', 'Helix', 'Juniper', 'Kestrel', 'Meridian',
  'Northstar', 'Orchid', 'Pioneer', 'Quarry', 'Redwood', 'Sable', 'Tidal', 'Umber', 'Vantage',
  'Willow', 'Zenith', 'Alder', 'Beacon', 'Cinder', 'Delta', 'Ember', 'Fjord', 'Glacier', 'Harbor',
  'Iris', 'Jasper',
];

const COMPANY_KINDS = [
  'Logistics', 'Analytics', 'Robotics', 'Health', 'Capital', 'Energy', 'Software', 'Foods',
  'Mobility', 'Labs', 'Systems', 'Media', 'Bank', 'Retail', 'Materials', 'Security', 'Cloud',
  'Partners', 'Biotech', 'Studios',
];

const INDUSTRY_SUFFIXES = ['GmbH', 'Ltd', 'Inc.', 'SAS', 'B.V.', 'AG', 'S.L.', 'AB'];

const TITLES = [
  'CEO', 'CTO', 'CFO', 'COO', 'VP Sales', 'VP Engineering', 'Head of Marketing', 'Head of Product',
  'Director of Operations', 'Engineering Manager', 'Product Manager', 'Senior Software Engineer',
  'Software Engineer', 'Data Scientist', 'Account Executive', 'Sales Development Representative',
  'Customer Success Manager', 'Marketing Manager', 'HR Business Partner', 'Financial Analyst',
  'Legal Counsel', 'IT Administrator', 'UX Designer', 'Support Specialist', 'Office Manager',
];

/**
 * Country, share of contacts (per mille), the top-level domain of its companies (the importer
 * keeps only domains under a public suffix), a few cities, and how its mobile numbers look.
 */
type Country = { code: string; weight: number; tld: string; cities: string[]; phone: (r: Random) => string };

const COUNTRIES: readonly Country[] = [
  { code: 'DE', weight: 250, tld: 'de', cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt'], phone: (r) => `+49 151 ${r.digits(8)}` },
  { code: 'US', weight: 200, tld: 'com', cities: ['New York', 'San Francisco', 'Austin', 'Chicago', 'Boston'], phone: (r) => `+1 ${r.pick(['212', '415', '512', '312', '617'])} ${r.int(200, 999)} ${r.digits(4)}` },
  { code: 'GB', weight: 120, tld: 'co.uk', cities: ['London', 'Manchester', 'Edinburgh', 'Bristol'], phone: (r) => `+44 7911 ${r.digits(6)}` },
  { code: 'FR', weight: 100, tld: 'fr', cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse'], phone: (r) => `+33 6 ${r.digits(8)}` },
  { code: 'NL', weight: 60, tld: 'nl', cities: ['Amsterdam', 'Rotterdam', 'Utrecht'], phone: (r) => `+31 6 ${r.digits(8)}` },
  { code: 'ES', weight: 60, tld: 'es', cities: ['Madrid', 'Barcelona', 'Valencia'], phone: (r) => `+34 6${r.digits(8)}` },
  { code: 'IT', weight: 50, tld: 'it', cities: ['Milano', 'Roma', 'Torino'], phone: (r) => `+39 3${r.int(20, 49)} ${r.digits(7)}` },
  { code: 'AT', weight: 40, tld: 'at', cities: ['Wien', 'Graz', 'Linz'], phone: (r) => `+43 664 ${r.digits(7)}` },
  { code: 'CH', weight: 40, tld: 'ch', cities: ['Zürich', 'Genève', 'Basel'], phone: (r) => `+41 79 ${r.digits(7)}` },
  { code: 'SE', weight: 30, tld: 'se', cities: ['Stockholm', 'Göteborg', 'Malmö'], phone: (r) => `+46 70 ${r.digits(7)}` },
  { code: 'PL', weight: 30, tld: 'pl', cities: ['Warszawa', 'Kraków', 'Wrocław'], phone: (r) => `+48 601 ${r.digits(6)}` },
  { code: 'IE', weight: 20, tld: 'ie', cities: ['Dublin', 'Cork', 'Galway'], phone: (r) => `+353 87 ${r.digits(7)}` },
];

/** mulberry32: a tiny seeded generator, so the file is the same on every run. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) {
      text += String(this.int(0, 9));
    }
    return text;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

type Company = { name: string; domain: string; country: Country };

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function pickCountry(random: Random) {
  let roll = random.int(0, COUNTRIES.reduce((sum, c) => sum + c.weight, 0) - 1);
  for (const country of COUNTRIES) {
    roll -= country.weight;
    if (roll < 0) {
      return country;
    }
  }
  return COUNTRIES[0]!;
}

function companies(random: Random, count: number): Company[] {
  const made: Company[] = [];
  const domains = new Set<string>();
  for (let i = 0; made.length < count; i++) {
    const words = `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_KINDS)}`;
    const name = `${words} ${random.pick(INDUSTRY_SUFFIXES)}`;
    const country = pickCountry(random);
    let domain = `${slug(words)}.${country.tld}`;
    if (domains.has(domain)) {
      domain = `${slug(words)}${i}.${country.tld}`;
    }
    domains.add(domain);
    made.push({ name, domain, country });
  }
  return made;
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * `rows` contacts at 2,000 companies (a few large, most small), 85% with a title and 70% with a
 * phone, in twelve countries; MARKER_COMPANY has exactly its `contacts`. Comma-separated UTF-8.
 */
export function contactsCsv(rows: number, seed = 20261129): string {
  const random = new Random(seed);
  const all = companies(random, 2_000);
  const marker: Company = { ...MARKER_COMPANY, country: COUNTRIES[0]! };
  const lines = ['Email,First Name,Last Name,Company,Website,Job Title,Phone,City,Country'];
  // The marker's contacts are spread through the file; the rest favour the first companies.
  const stride = Math.floor(rows / MARKER_COMPANY.contacts);
  for (let i = 0; i < rows; i++) {
    const isMarker = i % stride === 7 && Math.floor(i / stride) < MARKER_COMPANY.contacts;
    const company = isMarker ? marker : all[Math.floor(all.length * random.next() ** 2)]!;
    const country = random.chance(0.8) ? company.country : pickCountry(random);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const email = `${slug(first)}.${slug(last)}.${i}@${company.domain}`;
    lines.push(
      [
        email,
        first,
        last,
        company.name,
        company.domain,
        random.chance(0.85) ? random.pick(TITLES) : '',
        random.chance(0.7) ? country.phone(random) : '',
        random.pick(country.cities),
        country.code,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
