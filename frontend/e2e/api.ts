import type { APIRequestContext } from '@playwright/test';

import { adminCredentials, LOGIN_PATH } from './auth';
import { expect } from './fixtures';

/** The e2e admin signed in through the API, as a script would. */
export type ApiSession = { headers: Record<string, string>; tenantId: number; platformAdmin: boolean };

export async function apiSession(request: APIRequestContext): Promise<ApiSession> {
  const login = await request.post(LOGIN_PATH, { data: adminCredentials() });
  expect(login.status()).toBe(200);
  const { accessToken, user } = (await login.json()) as {
    accessToken: string;
    user: { platformAdmin: boolean; tenant: { id: number } };
  };
  return {
    headers: { Authorization: `Bearer ${accessToken}` },
    tenantId: user.tenant.id,
    platformAdmin: user.platformAdmin,
  };
}

/** Uploads `csv` as `fileName`, starts the import with the suggested mapping and waits until it completed. */
export async function importCsv(request: APIRequestContext, { headers }: ApiSession, fileName: string, csv: string) {
  const upload = await request.post('/api/v1/imports', {
    headers,
    multipart: { file: { name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: number };
  const start = await request.post(`/api/v1/imports/${id}/start`, {
    headers: { ...headers, 'Idempotency-Key': `e2e-${fileName}-${id}` },
  });
  expect(start.status()).toBe(202);
  await expect
    .poll(
      async () => ((await (await request.get(`/api/v1/imports/${id}`, { headers })).json()) as { status: string }).status,
      { timeout: 60_000 },
    )
    .toBe('COMPLETED');
}

/** Credits for the session's tenant: a platform admin's move (the e2e admin is one). */
export async function topUp(request: APIRequestContext, session: ApiSession, amount: number, note: string) {
  expect(session.platformAdmin).toBe(true);
  const response = await request.post(`/api/v1/admin/tenants/${session.tenantId}/credits`, {
    headers: session.headers,
    data: { kind: 'top_up', amount, note },
  });
  expect(response.status()).toBe(200);
}
