import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

/** Replaces global fetch for one test; every call reaches `handler` as a Request. */
export function mockFetch(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
    handler(input instanceof Request ? input : new Request(input, init)),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/**
 * Replaces global fetch with a small router keyed by "METHOD /path" (no query string).
 * A request no route answers fails the test with its method and URL.
 */
export function mockApi(routes: Record<string, Handler>) {
  return mockFetch((request) => {
    const { pathname } = new URL(request.url);
    const handler = routes[`${request.method} ${pathname}`];
    if (!handler) {
      return Promise.reject(new Error(`Unmocked fetch: ${request.method} ${request.url}`));
    }
    return handler(request);
  });
}

/** The requests a fetch mock saw, as method, path and query. */
export function requestsOf(fetchMock: ReturnType<typeof mockFetch>) {
  return fetchMock.mock.calls.map(([input]) => {
    const request = input as Request;
    const url = new URL(request.url);
    return { request, method: request.method, path: url.pathname, query: url.searchParams };
  });
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problemResponse(
  problem: Record<string, unknown>,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** Problem details with a Leadline type URI, as the API sends them. */
export function leadlineProblem(
  slug: string,
  status: number,
  members: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return problemResponse(
    { type: `https://leadline.dev/problems/${slug}`, ...members },
    status,
    headers,
  );
}
