import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export function buildMe(overrides: Partial<Schemas['MeView']> = {}): Schemas['MeView'] {
  return {
    id: 1,
    email: 'ada@acme.test',
    displayName: 'Ada Lovelace',
    role: 'owner',
    platformAdmin: false,
    tenant: { id: 10, slug: 'acme', name: 'Acme Corp' },
    ...overrides,
  };
}

export function buildToken(
  overrides: Partial<Schemas['TokenView']> = {},
): Schemas['TokenView'] {
  return {
    accessToken: 'access-1',
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: null,
    user: buildMe(),
    ...overrides,
  };
}

export function buildUser(overrides: Partial<Schemas['UserView']> = {}): Schemas['UserView'] {
  return {
    id: 1,
    email: 'ada@acme.test',
    displayName: 'Ada Lovelace',
    role: 'owner',
    disabled: false,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    ...overrides,
  };
}

export function buildAuditEvent(
  overrides: Partial<Schemas['AuditEventView']> = {},
): Schemas['AuditEventView'] {
  return {
    id: 1,
    occurredAt: '2026-11-29T17:00:00Z',
    tenantId: 10,
    actorId: 1,
    actorEmail: 'ada@acme.test',
    actorName: 'Ada Lovelace',
    action: 'login.succeeded',
    targetType: 'user',
    targetId: '1',
    requestId: 'req-1',
    ip: '203.0.113.7',
    details: {},
    ...overrides,
  };
}

export function buildJobRun(overrides: Partial<Schemas['JobRunView']> = {}): Schemas['JobRunView'] {
  return {
    id: 7,
    tenantId: 10,
    tenantName: 'Acme',
    jobName: 'csvImportJob',
    status: 'COMPLETED',
    triggerType: 'api',
    triggeredBy: 1,
    triggeredByName: 'Ada Lovelace',
    createdAt: '2026-11-29T17:00:00Z',
    queuedAt: '2026-11-29T17:00:00Z',
    startedAt: '2026-11-29T17:00:01Z',
    endedAt: '2026-11-29T17:02:01Z',
    progress: { itemsDone: 500, itemsExpected: 500, percent: 100, itemsPerSecond: 4.2 },
    stop: null,
    failureType: null,
    failureMessage: null,
    subject: null,
    ...overrides,
  };
}

export function buildStep(overrides: Partial<Schemas['StepView']> = {}): Schemas['StepView'] {
  return {
    id: 31,
    name: 'csvImportStep',
    status: 'COMPLETED',
    readCount: 500,
    writeCount: 480,
    filterCount: 15,
    skipCount: 5,
    commitCount: 5,
    rollbackCount: 0,
    exitCode: 'COMPLETED',
    exitMessage: null,
    startedAt: '2026-11-29T17:00:01Z',
    endedAt: '2026-11-29T17:02:01Z',
    ...overrides,
  };
}

export function buildExecution(
  overrides: Partial<Schemas['ExecutionView']> = {},
): Schemas['ExecutionView'] {
  return {
    id: 21,
    queuedAt: '2026-11-29T17:00:00Z',
    workerId: 'worker-a:4242:1a2b3c4d',
    status: 'COMPLETED',
    exitCode: 'COMPLETED',
    exitMessage: null,
    startedAt: '2026-11-29T17:00:01Z',
    endedAt: '2026-11-29T17:02:01Z',
    steps: [buildStep()],
    ...overrides,
  };
}

export function buildJobRunDetail(
  overrides: Partial<Schemas['JobRunDetailView']> = {},
): Schemas['JobRunDetailView'] {
  return {
    run: buildJobRun(),
    parameters: { file: 'contacts.csv' },
    executions: [buildExecution()],
    allowedActions: [],
    ...overrides,
  };
}

export function buildJobRunEvent(
  overrides: Partial<Schemas['JobRunEventView']> = {},
): Schemas['JobRunEventView'] {
  return {
    id: 1,
    occurredAt: '2026-11-29T17:00:00Z',
    level: 'info',
    kind: 'run.queued',
    message: 'Queued by user #1',
    details: {},
    ...overrides,
  };
}

export function buildImport(overrides: Partial<Schemas['ImportView']> = {}): Schemas['ImportView'] {
  return {
    id: 5,
    fileName: 'leads.csv',
    sizeBytes: 2048,
    sha256: 'a'.repeat(64),
    status: 'UPLOADED',
    jobId: null,
    detected: {
      encoding: 'UTF-8',
      delimiter: ';',
      quote: '"',
      hasHeader: true,
      confidence: { encoding: 100, delimiter: 100, header: 90 },
    },
    format: {
      encoding: 'UTF-8',
      delimiter: ';',
      quote: '"',
      hasHeader: true,
      confidence: { encoding: 100, delimiter: 100, header: 90 },
    },
    hasBom: false,
    estimatedRows: 3,
    headers: ['E-Mail', 'Vorname', 'Telefon', 'Stadt'],
    sampleRows: [
      ['anna@example.com', 'Anna', '030 1234567', 'Berlin'],
      ['not-an-address', 'Bernd', '0171 2345678', 'Hamburg'],
      ['carl@example.com', 'Carl', '', 'Berlin'],
    ],
    suggestions: [
      { column: 0, header: 'E-Mail', field: 'EMAIL', confidence: 0.95, reason: "header 'E-Mail' is a known name for EMAIL" },
      { column: 1, header: 'Vorname', field: 'FIRST_NAME', confidence: 0.9, reason: "header 'Vorname' is a known name for FIRST_NAME" },
      { column: 2, header: 'Telefon', field: 'PHONE', confidence: 0.98, reason: '2 of 2 sample values look like phone' },
      { column: 3, header: 'Stadt', field: 'CUSTOM', confidence: 0.3, reason: 'no known header; kept as a custom attribute' },
    ],
    mapping: null,
    options: { existing: 'FILL_BLANKS', defaultCountry: null, allowWithoutEmail: false, fillMissingValues: true },
    counts: {
      rows: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      rejected: 0,
      warnings: 0,
      companiesCreated: 0,
      staged: null,
      merged: 0,
    },
    failure: null,
    createdAt: '2026-11-29T17:00:00Z',
    startedAt: null,
    finishedAt: null,
    fileRemovedAt: null,
    shortSampleRows: 0,
    sameFile: null,
    ...overrides,
  };
}

export function buildImportSummary(
  overrides: Partial<Schemas['ImportSummaryView']> = {},
): Schemas['ImportSummaryView'] {
  const { id, fileName, sizeBytes, status, jobId, estimatedRows, counts, createdAt, finishedAt } =
    buildImport();
  return { id, fileName, sizeBytes, status, jobId, estimatedRows, counts, createdAt, finishedAt, ...overrides };
}

export const status = {
  name: 'Leadline',
  version: '0.1.0',
  roles: ['api', 'worker'],
  time: '2026-11-29T17:00:00Z',
} satisfies Schemas['StatusView'];

/**
 * A contact as listed. Fields the API leaves empty are null, as it sends them (the generated
 * types do not say so yet).
 */
export function buildContact(overrides: Partial<Schemas['ContactView']> = {}): Schemas['ContactView'] {
  return {
    id: 1,
    email: 'ada@analytical.example',
    firstName: 'Ada',
    lastName: 'Lovelace',
    name: 'Ada Lovelace',
    title: 'Chief Analyst',
    phone: '+442071234567',
    city: 'London',
    country: 'GB',
    linkedinUrl: 'https://www.linkedin.com/in/ada',
    seniority: 'C_LEVEL',
    department: 'DATA',
    emailStatus: 'UNVERIFIED',
    company: { id: 20, name: 'Analytical Engines Ltd', domain: 'analytical.example' },
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    attributes: {},
    ...overrides,
  };
}

/** `count` contacts with ids from `firstId` down, named "Person <id>". */
export function buildContacts(count: number, firstId = count): Schemas['ContactView'][] {
  return Array.from({ length: count }, (_, index) => {
    const id = firstId - index;
    return buildContact({
      id,
      email: `person${id}@analytical.example`,
      firstName: 'Person',
      lastName: String(id),
      name: `Person ${id}`,
    });
  });
}

export function buildContactDetail(
  overrides: Partial<Schemas['ContactDetailView']> = {},
): Schemas['ContactDetailView'] {
  return {
    ...buildContact(),
    attributes: { 'Lead source': 'Trade fair' },
    sourceImportId: 7,
    lastImportId: 9,
    ...overrides,
  };
}

export function buildCompany(overrides: Partial<Schemas['CompanyView']> = {}): Schemas['CompanyView'] {
  return {
    id: 20,
    name: 'Analytical Engines Ltd',
    domain: 'analytical.example',
    website: 'https://analytical.example',
    industry: 'Computing',
    employeeCount: 42,
    city: 'London',
    country: 'GB',
    contactCount: 12,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}

export function buildCompanyDetail(
  overrides: Partial<Schemas['CompanyDetailView']> = {},
): Schemas['CompanyDetailView'] {
  const { contactCount, ...company } = buildCompany();
  return {
    ...company,
    attributes: {},
    summary: { contacts: contactCount, withEmail: 12, withPhone: 9, withTitle: 6 },
    ...overrides,
  };
}

/** Three days of activity: contacts and an import on the last two, a failed run on the last. */
export function buildOverview(overrides: Partial<Schemas['OverviewView']> = {}): Schemas['OverviewView'] {
  const days = ['2026-11-27', '2026-11-28', '2026-11-29'];
  return {
    days: 3,
    contacts: 1500,
    companies: 40,
    contactsPerDay: days.map((day, index) => ({ day, created: [0, 500, 1000][index]! })),
    companiesPerDay: days.map((day, index) => ({ day, created: [0, 15, 25][index]! })),
    importsPerDay: days.map((day, index) => ({
      day,
      imports: [0, 1, 1][index]!,
      rows: [0, 520, 1010][index]!,
      rejected: [0, 20, 10][index]!,
    })),
    jobsPerDay: days.map((day, index) => ({
      day,
      completed: [0, 1, 1][index]!,
      failed: [0, 0, 1][index]!,
      stopped: 0,
    })),
    completeness: { contacts: 1500, withEmail: 1500, withPhone: 900, withTitle: 750, withCompany: 1200 },
    ...overrides,
  };
}

export function buildEnrichmentRun(
  overrides: Partial<Schemas['EnrichmentRunView']> = {},
): Schemas['EnrichmentRunView'] {
  return {
    id: 51,
    stage: 'person',
    entity: 'contact',
    status: 'COMPLETED',
    triggerType: 'manual',
    createdByName: 'Ada Lovelace',
    createdAt: '2026-12-04T10:00:00Z',
    endedAt: '2026-12-04T10:05:00Z',
    forced: false,
    budget: 2000,
    itemsSelected: 5000,
    skippedFresh: 1200,
    pending: 0,
    found: 3610,
    notFound: 150,
    failed: 40,
    costPerItem: 1,
    held: 2000,
    charged: 1990,
    released: 10,
    stopCause: null as unknown as string,
    providerCalls: 0,
    providerCost: 0,
    tokens: 0,
    ...overrides,
  };
}
