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
  /** Seconds to wait before asking again, from a `Retry-After` header. */
  retryAfter?: number;
  /** Members beyond the standard ones, such as `problems` of an invalid mapping. */
  extensions?: Readonly<Record<string, unknown>>;
};

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/** Base of the stable `type` URIs the Leadline API puts into its problem details. */
export const PROBLEM_TYPE_BASE = 'https://leadline.dev/problems/';

/** A failed API call: the server's problem details, or the closest equivalent we could derive. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: readonly ProblemError[];
  readonly retryAfter: number | undefined;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: ProblemDetails, options?: ErrorOptions) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
    this.status = problem.status;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    this.retryAfter = problem.retryAfter;
    this.extensions = problem.extensions ?? {};
  }

  /** Whether the server named this problem `https://leadline.dev/problems/<slug>`. */
  is(slug: string): boolean {
    return this.type === `${PROBLEM_TYPE_BASE}${slug}`;
  }

  /** The message the server gave for one rejected field of a validation problem. */
  fieldError(field: string): string | undefined {
    const entry = this.errors.find((error) => error.field === field);
    return typeof entry?.message === 'string' ? entry.message : undefined;
  }

  /** Builds the error for a non-2xx response whose body has already been read. */
  static fromResponse(response: Response, body: unknown): ApiError {
    const contentType = response.headers.get('content-type') ?? '';
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    if (isProblemDetails(contentType, body)) {
      return new ApiError({
        status: response.status,
        type: stringOrUndefined(body.type) ?? 'about:blank',
        title: stringOrUndefined(body.title) ?? titleForStatus(response.status),
        detail: stringOrUndefined(body.detail),
        instance: stringOrUndefined(body.instance),
        errors: Array.isArray(body.errors) ? body.errors.filter(isRecord) : [],
        retryAfter,
        extensions: Object.fromEntries(
          Object.entries(body).filter(([member]) => !STANDARD_MEMBERS.has(member)),
        ),
      });
    }
    return new ApiError({
      status: response.status,
      type: 'about:blank',
      title: titleForStatus(response.status),
      detail: plainTextDetail(contentType, body),
      retryAfter,
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

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) {
    return undefined;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
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
