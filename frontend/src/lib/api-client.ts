import createClient from 'openapi-fetch';

import { env } from '@/config/env';

import type { paths } from '@/lib/api/schema';

/** One entry of a problem's `errors` extension, e.g. a rejected field or CSV row. */
export type ProblemError = Readonly<Record<string, unknown>>;

/** RFC 9457 problem details, with defaults filled in. */
export type ProblemDetails = {
  status: number;
  type: string;
  title: string;
  detail?: string;
  instance?: string;
  errors?: readonly ProblemError[];
};

/** A failed API call: the server's problem details, or the closest equivalent we could derive. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: readonly ProblemError[];

  constructor(problem: ProblemDetails, options?: ErrorOptions) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }

  /** Builds the error for a non-2xx response whose body openapi-fetch has already read. */
  static fromResponse(response: Response, body: unknown): ApiError {
    const contentType = response.headers.get('content-type') ?? '';
    if (isProblemDetails(contentType, body)) {
      return new ApiError({
        status: response.status,
        type: stringOrUndefined(body.type) ?? 'about:blank',
        title: stringOrUndefined(body.title) ?? titleForStatus(response.status),
        detail: stringOrUndefined(body.detail),
        instance: stringOrUndefined(body.instance),
        errors: Array.isArray(body.errors) ? body.errors.filter(isRecord) : [],
      });
    }
    return new ApiError({
      status: response.status,
      type: 'about:blank',
      title: titleForStatus(response.status),
      detail: plainTextDetail(contentType, body),
    });
  }

  /** The request never got an HTTP answer: server down, DNS, CORS or a dropped connection. */
  static network(cause: unknown): ApiError {
    return new ApiError(
      {
        status: 0,
        type: 'about:blank',
        title: 'Network error',
        detail: 'The Leadline API could not be reached. Check your connection and try again.',
      },
      { cause },
    );
  }
}

export const api = createClient<paths>({
  baseUrl: env.API_BASE_URL,
  headers: { Accept: 'application/json, application/problem+json' },
  // Look fetch up on every call rather than once at import, so tests and tools that
  // replace the global are honoured.
  fetch: (request) => globalThis.fetch(request),
});

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data.
 *
 * @throws ApiError when the response is not 2xx or no response arrived at all.
 *   Aborts are rethrown untouched so TanStack Query can tell a cancel from a failure.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw ApiError.network(cause);
  }
  if (!result.response.ok) {
    throw ApiError.fromResponse(result.response, result.error);
  }
  return result.data as T;
}

function isProblemDetails(contentType: string, body: unknown): body is Record<string, unknown> {
  if (!isRecord(body)) {
    return false;
  }
  if (contentType.includes('application/problem+json')) {
    return true;
  }
  return contentType.includes('json') && ('title' in body || 'status' in body);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const MAX_PLAIN_TEXT_DETAIL = 300;

// A short text/plain body is usually a readable reason (a proxy's "Rate limit exceeded");
// HTML error pages and anything long are noise to a user.
function plainTextDetail(contentType: string, body: unknown): string | undefined {
  if (!contentType.startsWith('text/plain') || typeof body !== 'string') {
    return undefined;
  }
  const text = body.trim();
  return text && text.length <= MAX_PLAIN_TEXT_DETAIL ? text : undefined;
}

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function titleForStatus(status: number): string {
  return (
    STATUS_TITLES[status] ??
    (status >= 500 ? `Server error (HTTP ${status})` : `Request failed (HTTP ${status})`)
  );
}
