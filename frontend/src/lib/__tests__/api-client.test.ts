import { describe, expect, it } from 'vitest';

import { api, ApiError, unwrap } from '@/lib/api-client';
import { parseRetryAfter } from '@/lib/api-error';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';

const status = {
  name: 'Leadline',
  version: '0.1.0',
  roles: ['api', 'worker'],
  time: '2026-11-29T17:00:00Z',
};

async function statusCallError(): Promise<ApiError> {
  const error = await unwrap(api.GET('/api/v1/status')).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('unwrap', () => {
  it('returns the parsed body of a successful call made to the same origin', async () => {
    const fetchMock = mockFetch(() => jsonResponse(status));

    await expect(unwrap(api.GET('/api/v1/status'))).resolves.toEqual(status);

    const request = fetchMock.mock.calls[0]?.[0] as Request;
    expect(request.method).toBe('GET');
    expect(new URL(request.url).pathname).toBe('/api/v1/status');
    expect(new URL(request.url).origin).toBe(window.location.origin);
  });

  it('turns problem details into an ApiError carrying every member', async () => {
    mockFetch(() =>
      problemResponse(
        {
          type: 'https://leadline.example/problems/validation',
          title: 'Invalid import',
          detail: 'Row 3 has no email address.',
          instance: '/api/v1/imports/42',
          errors: [{ pointer: '/rows/3/email', detail: 'must not be blank' }, 'not an object'],
        },
        422,
      ),
    );

    const error = await statusCallError();

    expect(error.status).toBe(422);
    expect(error.type).toBe('https://leadline.example/problems/validation');
    expect(error.title).toBe('Invalid import');
    expect(error.detail).toBe('Row 3 has no email address.');
    expect(error.instance).toBe('/api/v1/imports/42');
    expect(error.errors).toEqual([{ pointer: '/rows/3/email', detail: 'must not be blank' }]);
    expect(error.message).toBe('Invalid import: Row 3 has no email address.');
  });

  it('keeps members beyond the standard ones as extensions', async () => {
    mockFetch(() =>
      problemResponse(
        {
          type: 'https://leadline.dev/problems/invalid-mapping',
          title: 'The mapping cannot be used',
          problems: ['No column is mapped to EMAIL.'],
        },
        422,
      ),
    );

    const error = await statusCallError();

    expect(error.extensions).toEqual({ problems: ['No column is mapped to EMAIL.'] });
  });

  it('trusts the problem+json content type even without title or status members', async () => {
    mockFetch(
      () =>
        new Response(
          JSON.stringify({
            type: 'https://leadline.example/problems/out-of-credits',
            detail: 'Monthly credits used up.',
          }),
          { status: 402, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    );

    const error = await statusCallError();

    expect(error.type).toBe('https://leadline.example/problems/out-of-credits');
    expect(error.title).toBe('Request failed (HTTP 402)');
    expect(error.detail).toBe('Monthly credits used up.');
  });

  it('reads plain application/json bodies that look like problem details', async () => {
    mockFetch(() => jsonResponse({ title: 'Tenant suspended', status: 403 }, { status: 403 }));

    const error = await statusCallError();

    expect(error.title).toBe('Tenant suspended');
    expect(error.type).toBe('about:blank');
    expect(error.detail).toBeUndefined();
    expect(error.errors).toEqual([]);
  });

  it('fills in a title from the status when problem details leave it out', async () => {
    mockFetch(() => problemResponse({ detail: 'Slow down.' }, 429));

    const error = await statusCallError();

    expect(error.title).toBe('Too Many Requests');
    expect(error.detail).toBe('Slow down.');
  });

  it('falls back to the status title for an HTML error page', async () => {
    mockFetch(
      () =>
        new Response('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );

    const error = await statusCallError();

    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBeUndefined();
  });

  it('keeps a short plain-text body as the detail', async () => {
    mockFetch(
      () =>
        new Response('Upstream timed out', {
          status: 504,
          headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        }),
    );

    const error = await statusCallError();

    expect(error.title).toBe('Gateway Timeout');
    expect(error.detail).toBe('Upstream timed out');
  });

  it('does not mistake an unrelated JSON error body for problem details', async () => {
    mockFetch(() => jsonResponse(['unexpected'], { status: 500 }));

    const error = await statusCallError();

    expect(error.title).toBe('Internal Server Error');
  });

  it('names an unknown status generically', async () => {
    mockFetch(() => new Response(null, { status: 418 }));

    const error = await statusCallError();

    expect(error.status).toBe(418);
    expect(error.title).toBe('Request failed (HTTP 418)');
  });

  it('reports a request that never got an answer as a network error', async () => {
    const cause = new TypeError('Failed to fetch');
    mockFetch(() => Promise.reject(cause));

    const error = await statusCallError();

    expect(error.status).toBe(0);
    expect(error.title).toBe('Network error');
    expect(error.cause).toBe(cause);
  });

  it('lets an aborted request reject as an abort, not as an ApiError', async () => {
    mockFetch(() => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')));

    await expect(unwrap(api.GET('/api/v1/status'))).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('Retry-After', () => {
  it('is read into the ApiError, in seconds or as an HTTP date', async () => {
    mockFetch(() =>
      problemResponse({ title: 'Too Many Requests' }, 429, { 'Retry-After': '17' }),
    );
    expect((await statusCallError()).retryAfter).toBe(17);

    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(30);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
