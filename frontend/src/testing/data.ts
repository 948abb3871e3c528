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
    action: 'login.succeeded',
    targetType: 'user',
    targetId: '1',
    requestId: 'req-1',
    ip: '203.0.113.7',
    details: {},
    ...overrides,
  };
}

export const status = {
  name: 'Leadline',
  version: '0.1.0',
  roles: ['api', 'worker'],
  time: '2026-11-29T17:00:00Z',
} satisfies Schemas['StatusView'];
