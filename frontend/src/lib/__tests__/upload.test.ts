import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-client';
import { getAuthState } from '@/lib/auth';
import { uploadWithProgress } from '@/lib/upload';
import { buildToken } from '@/testing/data';
import { mockXhr } from '@/testing/fake-xhr';
import { jsonResponse, mockApi, problemResponse } from '@/testing/mock-fetch';
import { signIn } from '@/testing/test-utils';

function form() {
  const body = new FormData();
  body.append('file', new File(['a'], 'a.csv'));
  return body;
}

/** Lets the upload's awaits run until it has sent its next request. */
async function nextSent(sent: unknown[], count: number) {
  for (let tries = 0; sent.length < count && tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  expect(sent).toHaveLength(count);
}

describe('uploadWithProgress', () => {
  it('refreshes an expired session once and sends the form again with the new token', async () => {
    signIn();
    const sent = mockXhr();
    mockApi({ 'POST /api/v1/auth/refresh': () => jsonResponse(buildToken({ accessToken: 'access-2' })) });

    const upload = uploadWithProgress<{ id: number }>({ path: '/api/v1/imports', body: form() });
    await nextSent(sent, 1);
    sent[0]!.respond(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');
    await nextSent(sent, 2);
    sent[1]!.respond(201, { id: 9 });

    await expect(upload).resolves.toEqual({ id: 9 });
    expect(sent[0]!.requestHeaders.Authorization).toBe('Bearer access-1');
    expect(sent[1]!.requestHeaders.Authorization).toBe('Bearer access-2');
  });

  it('ends the session when the refresh is refused', async () => {
    signIn();
    const sent = mockXhr();
    mockApi({ 'POST /api/v1/auth/refresh': () => problemResponse({ title: 'Unauthorized' }, 401) });

    const upload = uploadWithProgress({ path: '/api/v1/imports', body: form() });
    await nextSent(sent, 1);
    sent[0]!.respond(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');

    await expect(upload).rejects.toMatchObject({ status: 401 });
    expect(getAuthState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('turns a problem into an ApiError and a lost connection into a network error', async () => {
    signIn();
    const sent = mockXhr();

    const tooLarge = uploadWithProgress({ path: '/api/v1/imports', body: form() });
    await nextSent(sent, 1);
    sent[0]!.respond(
      413,
      { type: 'https://leadline.dev/problems/payload-too-large', title: 'File too large', detail: 'At most 512 MB.' },
      'application/problem+json',
    );
    const error = await tooLarge.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, title: 'File too large', detail: 'At most 512 MB.' });

    const lost = uploadWithProgress({ path: '/api/v1/imports', body: form() });
    await nextSent(sent, 2);
    sent[1]!.fail();
    await expect(lost).rejects.toMatchObject({ status: 0, title: 'Network error' });
  });

  it('rejects as an abort when cancelled', async () => {
    signIn();
    const sent = mockXhr();
    const controller = new AbortController();

    const upload = uploadWithProgress({ path: '/api/v1/imports', body: form(), signal: controller.signal });
    await nextSent(sent, 1);
    controller.abort();

    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
  });
});
